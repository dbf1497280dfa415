using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Api;

/// <summary>
/// A POST with an <c>Idempotency-Key</c> header runs once per caller and key: a retry with the
/// same body gets the first answer again; the same key with a different body is refused (422).
/// Answers of 5xx are not kept, so a failed attempt can be retried.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next)
{
    public const string Header = "Idempotency-Key";
    private static readonly TimeSpan Retention = TimeSpan.FromHours(24);

    public async Task InvokeAsync(HttpContext context, WatchkeeperDb db, TimeProvider clock, IProblemDetailsService problems)
    {
        var key = context.Request.Headers[Header].ToString();
        if (!HttpMethods.IsPost(context.Request.Method) || key.Length == 0 || !context.Request.Path.StartsWithSegments("/api/v1")
            || context.User.UserId() is not { } userId)
        {
            await next(context);
            return;
        }
        if (key.Length > 200)
        {
            await WriteProblemAsync(context, problems, StatusCodes.Status400BadRequest, "Idempotency-Key is too long", "Use at most 200 characters.");
            return;
        }
        var caller = context.User.TokenIdOf() is { } tokenId ? $"token:{tokenId}" : $"user:{userId}";
        context.Request.EnableBuffering();
        var requestHash = await HashRequestAsync(context.Request);
        var since = clock.GetUtcNow() - Retention;
        var earlier = await db.IdempotencyRecords.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Caller == caller && r.Key == key && r.CreatedAt > since, context.RequestAborted);
        if (earlier is not null)
        {
            if (earlier.RequestHash != requestHash)
            {
                await WriteProblemAsync(context, problems, StatusCodes.Status422UnprocessableEntity, "Idempotency-Key reused",
                    "This key was already used for a different request. Use a new key for a new request.");
                return;
            }
            context.Response.StatusCode = earlier.StatusCode;
            context.Response.ContentType = earlier.ContentType;
            context.Response.Headers["Idempotent-Replayed"] = "true";
            if (earlier.Location is not null)
            {
                context.Response.Headers.Location = earlier.Location;
            }
            await context.Response.Body.WriteAsync(earlier.Body, context.RequestAborted);
            return;
        }

        var original = context.Response.Body;
        await using var captured = new MemoryStream();
        context.Response.Body = captured;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = original;
        }
        captured.Position = 0;
        await captured.CopyToAsync(original, context.RequestAborted);
        if (context.Response.StatusCode < 500)
        {
            await RememberAsync(db, clock, key, caller, requestHash, context, captured.ToArray());
        }
    }

    private static async Task RememberAsync(WatchkeeperDb db, TimeProvider clock, string key, string caller, string requestHash, HttpContext context, byte[] body)
    {
        db.ChangeTracker.Clear();
        await db.IdempotencyRecords.Where(r => r.Caller == caller && r.Key == key).ExecuteDeleteAsync(context.RequestAborted);
        db.IdempotencyRecords.Add(new IdempotencyRecord
        {
            Key = key,
            Caller = caller,
            RequestHash = requestHash,
            StatusCode = context.Response.StatusCode,
            ContentType = context.Response.ContentType,
            Location = context.Response.Headers.Location.FirstOrDefault(),
            Body = body,
            CreatedAt = clock.GetUtcNow(),
        });
        try
        {
            await db.SaveChangesAsync(context.RequestAborted);
        }
        catch (DbUpdateException)
        {
            // A concurrent retry with the same key stored its answer first; either answer is the same request's.
        }
    }

    private static async Task<string> HashRequestAsync(HttpRequest request)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        sha.AppendData(System.Text.Encoding.UTF8.GetBytes($"{request.Method} {request.Path}{request.QueryString}\n"));
        var buffer = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(buffer, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static Task WriteProblemAsync(HttpContext context, IProblemDetailsService problems, int status, string title, string detail)
    {
        context.Response.StatusCode = status;
        return problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = { Status = status, Title = title, Detail = detail },
        }).AsTask();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Platform.Authorization;

/// <summary>
/// API callers get 401/403 as problem details instead of a login redirect, and every denied
/// permission is written to the audit log.
/// </summary>
public sealed class ApiAuthorizationResults(IProblemDetailsService problems) : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden)
        {
            await RecordDenialAsync(context, policy);
        }
        if (!context.Request.Path.StartsWithSegments("/api") || authorizeResult.Succeeded)
        {
            await fallback.HandleAsync(next, context, policy, authorizeResult);
            return;
        }
        var forbidden = authorizeResult.Forbidden;
        context.Response.StatusCode = forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status401Unauthorized;
        if (!forbidden)
        {
            context.Response.Headers.WWWAuthenticate = "Bearer";
        }
        var missing = policy.Requirements.OfType<PermissionRequirement>().Select(r => r.Permission).FirstOrDefault();
        await problems.WriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails =
            {
                Status = context.Response.StatusCode,
                Title = forbidden ? "Permission denied" : "Authentication required",
                Detail = forbidden
                    ? $"This needs the permission '{missing}' in the organization the request acts in."
                    : "Send a session cookie or an 'Authorization: Bearer' API token.",
            },
        });
    }

    private static async Task RecordDenialAsync(HttpContext context, AuthorizationPolicy policy)
    {
        var access = await context.RequestServices.GetRequiredService<CurrentAccess>().GetAsync(context.RequestAborted);
        var db = context.RequestServices.GetRequiredService<WatchkeeperDb>();
        var permission = policy.Requirements.OfType<PermissionRequirement>().Select(r => r.Permission).FirstOrDefault();
        db.RecordEvent("permission.denied", access?.OrganizationId, "endpoint", $"{context.Request.Method} {context.Request.Path} ({permission})");
        await db.SaveChangesAsync(context.RequestAborted);
    }
}

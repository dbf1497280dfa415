using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Monitoring.Running;
using Watchkeeper.Server.Platform.Tokens;

namespace Watchkeeper.Server.Monitoring.Heartbeats;

/// <summary>
/// Where jobs ping, without logging in: the token in the path is the credential. Speaks healthchecks.io's ping API
/// (200 "OK", 404 "not found") and Uptime Kuma's push API (<c>{"ok":true}</c>), so existing scripts and agents only
/// change the host. A ping is answered once it is committed, through the same writer as every other result.
/// </summary>
public static class HeartbeatIntake
{
    public const string PingPath = "/ping/";
    public const string PushPath = "/api/push/";
    public const string RateLimit = "heartbeat-pings";
    private static readonly string[] Methods = [HttpMethods.Get, HttpMethods.Post, HttpMethods.Head];

    public static void MapHeartbeatIntake(this IEndpointRouteBuilder app)
    {
        var ping = app.MapGroup(PingPath + "{token}").WithTags("Monitoring: heartbeat pings").AllowAnonymous().RequireRateLimiting(RateLimit).DisableAntiforgery();
        ping.MapMethods("", Methods, (string token, HttpContext http) => PingAsync(token, PingKind.Success, null, http));
        ping.MapMethods("/start", Methods, (string token, HttpContext http) => PingAsync(token, PingKind.Start, null, http));
        ping.MapMethods("/fail", Methods, (string token, HttpContext http) => PingAsync(token, PingKind.Fail, null, http));
        ping.MapMethods("/log", Methods, (string token, HttpContext http) => PingAsync(token, PingKind.Log, null, http));
        ping.MapMethods("/{exitCode:int}", Methods, (string token, int exitCode, HttpContext http) => exitCode is >= 0 and <= 255
            ? PingAsync(token, PingKind.ExitCode, exitCode, http)
            : Task.FromResult(Answer(http, Results.Text("invalid url format", statusCode: StatusCodes.Status400BadRequest))));
        app.MapMethods(PushPath + "{token}", Methods, PushAsync).WithTags("Monitoring: heartbeat pings").AllowAnonymous().RequireRateLimiting(RateLimit).DisableAntiforgery();
    }

    private static async Task<IResult> PingAsync(string token, PingKind kind, int? exitCode, HttpContext http)
    {
        var body = await BodyAsync(http.Request, http.RequestAborted);
        return await AcceptAsync(token, new HeartbeatPing(kind, exitCode, body), http)
            ? Answer(http, Results.Text("OK"))
            : Answer(http, Results.Text("not found", statusCode: StatusCodes.Status404NotFound));
    }

    /// <summary>Uptime Kuma's push: <c>status</c> up (or missing) is a success, anything else a failure; <c>msg</c> and <c>ping</c> (ms) are kept.</summary>
    private static async Task<IResult> PushAsync(string token, string? status, string? msg, string? ping, HttpContext http)
    {
        var up = string.IsNullOrEmpty(status) || status == "up";
        var reported = double.TryParse(ping, NumberStyles.Float, CultureInfo.InvariantCulture, out var ms) && double.IsFinite(ms) && ms >= 0 ? ms : (double?)null;
        var message = msg is { Length: > 0 } ? msg[..Math.Min(msg.Length, Probes.ProbeOutcome.MaxMessage)] : null;
        var pinged = new HeartbeatPing(up ? PingKind.Success : PingKind.Fail, Message: message, ReportedMs: reported);
        return await AcceptAsync(token, pinged, http)
            ? Answer(http, Results.Json(new { ok = true }))
            : Answer(http, Results.Json(new { ok = false, msg = "Monitor not found or not active." }, statusCode: StatusCodes.Status404NotFound));
    }

    /// <summary>The answer, or for HEAD its status alone.</summary>
    private static IResult Answer(HttpContext http, IResult answer) =>
        HttpMethods.IsHead(http.Request.Method) ? Results.StatusCode((answer as IStatusCodeHttpResult)?.StatusCode ?? StatusCodes.Status200OK) : answer;

    /// <summary>
    /// Finds the check by its token's hash and waits until the ping is written. A paused check answers as if it took the
    /// ping and records nothing: pausing is a person's decision, which a job that keeps pinging must not undo.
    /// </summary>
    private static async Task<bool> AcceptAsync(string token, HeartbeatPing ping, HttpContext http)
    {
        if (token.Length is < 20 or > 100)
        {
            return false;
        }
        var services = http.RequestServices;
        var hash = TokenSecrets.Hash(token);
        var check = await services.GetRequiredService<WatchkeeperDb>().Checks.AsNoTracking()
            .Where(c => c.Heartbeat!.TokenHash == hash).Select(c => new { c.Id, c.Paused }).SingleOrDefaultAsync(http.RequestAborted);
        if (check is null)
        {
            return false;
        }
        if (!check.Paused)
        {
            var saved = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            services.GetRequiredService<ResultWriter>().Enqueue(new CompletedRun(check.Id, now, null, ping, saved));
            await saved.Task.WaitAsync(http.RequestAborted);
        }
        return true;
    }

    /// <summary>The body up to <see cref="Heartbeat.MaxBody"/> bytes, as text; the rest is left unread.</summary>
    private static async Task<string?> BodyAsync(HttpRequest request, CancellationToken ct)
    {
        var buffer = new byte[Heartbeat.MaxBody];
        var read = 0;
        while (read < buffer.Length && await request.Body.ReadAsync(buffer.AsMemory(read), ct) is > 0 and var n)
        {
            read += n;
        }
        return read == 0 ? null : Encoding.UTF8.GetString(buffer, 0, read);
    }
}

using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Platform.Audit;

public static class AuditActorMiddleware
{
    /// <summary>Names the caller of each request as the actor of whatever it changes.</summary>
    public static void UseAuditActor(this WebApplication app) => app.Use(async (context, next) =>
    {
        var ip = context.Connection.RemoteIpAddress?.ToString();
        var user = context.User;
        var actor = user.Identity?.IsAuthenticated == true
            ? new AuditActor(user.TokenIdOf() is { } tokenId ? $"{user.Identity.Name} (token {tokenId})" : user.Identity.Name ?? "user", user.UserId(), ip)
            : new AuditActor("anonymous", null, ip);
        using (AuditActor.Begin(actor))
        {
            await next(context);
        }
    });
}

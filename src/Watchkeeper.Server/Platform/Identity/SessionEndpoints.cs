using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>A user's own browser sessions: see where they are signed in, sign one or all others out.</summary>
public static class SessionEndpoints
{
    public static void MapSessions(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/me/sessions").WithTags("Account").RequireAuthorization();
        group.MapGet("", ListAsync);
        group.MapDelete("/{id:guid}", EndAsync);
        group.MapDelete("", EndOthersAsync);
    }

    private static async Task<Results<Ok<Page<SessionDto>>, ProblemHttpResult>> ListAsync(HttpContext http, UserSessions sessions, CancellationToken ct)
    {
        if (http.User.UserId() is not { } userId)
        {
            return NoUser();
        }
        var current = http.User.SessionId();
        var list = await sessions.ListAsync(userId, ct);
        return TypedResults.Ok(new Page<SessionDto>(list.Select(s => s.ToDto(current)).ToList(), null));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> EndAsync(Guid id, HttpContext http, UserSessions sessions, CancellationToken ct)
    {
        if (http.User.UserId() is not { } userId)
        {
            return NoUser();
        }
        return await sessions.EndAsync(userId, id, id == http.User.SessionId() ? "signed out" : "ended by the user", ct)
            ? TypedResults.NoContent()
            : Problems.NotFound("Session");
    }

    /// <summary>With a browser session, that one stays; with a token, every browser session ends.</summary>
    private static async Task<Results<NoContent, ProblemHttpResult>> EndOthersAsync(HttpContext http, UserSessions sessions, CancellationToken ct)
    {
        if (http.User.UserId() is not { } userId)
        {
            return NoUser();
        }
        await sessions.EndOthersAsync(userId, http.User.SessionId(), "ended by the user", ct);
        return TypedResults.NoContent();
    }

    public static SessionDto ToDto(this UserSession session, Guid? current) =>
        new(session.Id, session.CreatedAt, session.LastSeenAt, session.IpAddress, session.UserAgent, session.Id == current);

    private static ProblemHttpResult NoUser() => Problems.Forbidden("Only users have sessions; a service token has none.");
}

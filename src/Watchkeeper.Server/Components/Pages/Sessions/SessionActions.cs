using Watchkeeper.Contracts;
using Watchkeeper.Server.Components.Session;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Identity;

namespace Watchkeeper.Server.Components.Pages.Sessions;

/// <summary>The profile's session list and its sign-out actions, run as the signed-in user.</summary>
public static class SessionActions
{
    public static async Task<IReadOnlyList<SessionDto>> ListAsync(UiScope scope)
    {
        var sessions = await scope.Get<UserSessions>().ListAsync(scope.User.UserId()!.Value, default);
        return sessions.Select(s => s.ToDto(scope.User.SessionId())).ToList();
    }

    public static Task<Outcome<Done>> EndAsync(UiAccess ui, Guid sessionId) =>
        ui.RunAsync(null, async scope => await scope.Get<UserSessions>().EndAsync(scope.User.UserId()!.Value, sessionId, "ended by the user")
            ? Done.Value
            : (Outcome<Done>)OperationError.NotFound("Session"));

    public static Task<Outcome<int>> EndOthersAsync(UiAccess ui) =>
        ui.RunAsync(null, async scope => (Outcome<int>)await scope.Get<UserSessions>().EndOthersAsync(scope.User.UserId()!.Value, scope.User.SessionId(), "ended by the user"));
}

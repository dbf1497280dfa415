using Radzen;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Components.Session;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Identity;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Components.Pages.Admin;

public enum UserActionKind
{
    Rename,
    ChangeRole,
    Disable,
    Enable,
    EndSessions,
    Remove,
}

public sealed record UserAction(UserDto User, UserActionKind Kind)
{
    public string Done => Kind switch
    {
        UserActionKind.Rename => "Name saved",
        UserActionKind.ChangeRole => $"{User.DisplayName} has a new role; their open sessions were ended",
        UserActionKind.Disable => $"{User.DisplayName} is disabled and signed out everywhere",
        UserActionKind.Enable => $"{User.DisplayName} can sign in again",
        UserActionKind.EndSessions => $"{User.DisplayName} is signed out everywhere",
        _ => $"{User.DisplayName} was removed from the organization",
    };
}

/// <summary>Asks for what an action needs (a name, a role, a confirmation) and runs it through the shared user rules.</summary>
public static class UserActionRunner
{
    /// <returns>The outcome, or null when the user cancelled.</returns>
    public static async Task<Outcome<Done>?> RunAsync(UserAction action, UiAccess ui, DialogService dialogs)
    {
        var user = action.User;
        bool Unchanged(User stored) => stored.Version == user.Version;
        switch (action.Kind)
        {
            case UserActionKind.Rename:
                var named = new Dictionary<string, object?> { [nameof(RenameUserDialog.User)] = user };
                if (await dialogs.OpenAsync<RenameUserDialog>($"Rename {user.DisplayName}", named) is not string name)
                {
                    return null;
                }
                return await ui.RunAsync(Permissions.UsersManage, async s => (await s.Get<UserAdministration>().UpdateAsync(s.Access, user.Id, name, null, null, Unchanged, default)).AsDone());
            case UserActionKind.ChangeRole:
                var parameters = new Dictionary<string, object?> { [nameof(ChangeRoleDialog.User)] = user };
                if (await dialogs.OpenAsync<ChangeRoleDialog>($"Change the role of {user.DisplayName}", parameters) is not long roleId)
                {
                    return null;
                }
                return await ui.RunAsync(Permissions.UsersManage, async s => (await s.Get<UserAdministration>().UpdateAsync(s.Access, user.Id, null, roleId, null, Unchanged, default)).AsDone());
            case UserActionKind.Enable:
                return await ui.RunAsync(Permissions.UsersManage, async s => (await s.Get<UserAdministration>().UpdateAsync(s.Access, user.Id, null, null, false, Unchanged, default)).AsDone());
            case UserActionKind.Disable when await ConfirmAsync(dialogs, $"Disable {user.DisplayName}? They are signed out at once, open pages included, and cannot sign in until enabled again.", "Disable"):
                return await ui.RunAsync(Permissions.UsersManage, async s => (await s.Get<UserAdministration>().UpdateAsync(s.Access, user.Id, null, null, true, Unchanged, default)).AsDone());
            case UserActionKind.EndSessions when await ConfirmAsync(dialogs, $"Sign {user.DisplayName} out of every browser and device now?", "End sessions"):
                return await ui.RunAsync(Permissions.UsersManage, s => s.Get<UserAdministration>().EndSessionsAsync(s.Access, user.Id, default));
            case UserActionKind.Remove when await ConfirmAsync(dialogs, $"Remove {user.DisplayName} from this organization? Their account stays for other organizations; their team memberships here end.", "Remove"):
                return await ui.RunAsync(Permissions.UsersManage, s => s.Get<UserAdministration>().RemoveAsync(s.Access, user.Id, default));
            default:
                return null;
        }
    }

    private static async Task<bool> ConfirmAsync(DialogService dialogs, string message, string ok) =>
        await dialogs.Confirm(message, "Please confirm", new ConfirmOptions { OkButtonText = ok, CancelButtonText = "Cancel" }) == true;
}

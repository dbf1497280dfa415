using Microsoft.AspNetCore.Identity;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>A user changing their own password, from the API or the profile: every session of the account ends.</summary>
public sealed class PasswordChange(UserManager<User> users, SessionRevocation sessions)
{
    public async Task<Outcome<Done>> ChangeAsync(User user, string currentPassword, string newPassword)
    {
        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            return OperationError.Invalid(changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? new Dictionary<string, string[]> { ["currentPassword"] = ["The current password is wrong."] }
                : changed.Errors.GroupBy(_ => "newPassword").ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray()));
        }
        await sessions.EndAllAsync(user, "password changed");
        return Done.Value;
    }
}

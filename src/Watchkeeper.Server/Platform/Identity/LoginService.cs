using Microsoft.AspNetCore.Identity;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Audit;

namespace Watchkeeper.Server.Platform.Identity;

public enum LoginOutcome
{
    Success,
    NeedsSecondFactor,
    Failed,
    LockedOut,

    /// <summary>The password was right but the account is disabled; only then is that said.</summary>
    Disabled,
}

/// <summary>
/// Checks credentials for the UI and for <c>wk login</c> alike: lockout, disabled accounts,
/// second factor, and a security event in the audit log for every attempt.
/// </summary>
public sealed class LoginService(UserManager<User> users, WatchkeeperDb db)
{
    public async Task<(LoginOutcome Outcome, User? User)> CheckPasswordAsync(string email, string password)
    {
        var user = await users.FindByEmailAsync(email.Trim());
        if (user is null)
        {
            await RecordAsync("login.failed", null, $"unknown account {email.Trim()}");
            return (LoginOutcome.Failed, null);
        }
        if (await users.IsLockedOutAsync(user))
        {
            await RecordAsync("login.locked_out", user, null);
            return (LoginOutcome.LockedOut, null);
        }
        if (!await users.CheckPasswordAsync(user, password))
        {
            await users.AccessFailedAsync(user);
            var locked = await users.IsLockedOutAsync(user);
            await RecordAsync(locked ? "login.locked_out" : "login.failed", user, "wrong password");
            return (locked ? LoginOutcome.LockedOut : LoginOutcome.Failed, null);
        }
        // Checked after the password, under the same lockout, so only the account's owner learns it is disabled.
        if (user.Disabled)
        {
            await RecordAsync("login.failed", user, "account disabled");
            return (LoginOutcome.Disabled, null);
        }
        return (user.TwoFactorEnabled ? LoginOutcome.NeedsSecondFactor : LoginOutcome.Success, user);
    }

    /// <summary>Accepts an authenticator code or a recovery code.</summary>
    public async Task<bool> CheckSecondFactorAsync(User user, string code)
    {
        var normalized = code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var valid = await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, normalized)
            || (await users.RedeemTwoFactorRecoveryCodeAsync(user, code.Trim())).Succeeded;
        if (!valid)
        {
            await users.AccessFailedAsync(user);
            await RecordAsync("login.failed", user, "wrong second-factor code");
        }
        return valid;
    }

    public async Task SucceededAsync(User user, string how)
    {
        await users.ResetAccessFailedCountAsync(user);
        await RecordAsync("login.succeeded", user, how);
    }

    private async Task RecordAsync(string action, User? user, string? detail)
    {
        var actor = AuditActor.Current with { Name = user?.Email ?? "anonymous", UserId = user?.Id };
        db.RecordEvent(action, null, "user", user is null ? detail : $"{user.Id}{(detail is null ? "" : $" ({detail})")}", actor);
        await db.SaveChangesAsync();
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Audit;
using Watchkeeper.Server.Platform.Identity;
using Watchkeeper.Server.Platform.Organizations;
using Watchkeeper.Server.Platform.Roles;
using Watchkeeper.Server.Platform.Tokens;

namespace Watchkeeper.Server.Platform.Setup;

/// <summary>
/// First run without a default password: a one-time link, printed to the console, lets whoever
/// can read the console create the first administrator. <c>admin create</c> prints another.
/// </summary>
public sealed class SetupService(WatchkeeperDb db, UserManager<User> users, PublicUrls urls, TimeProvider clock)
{
    public static readonly TimeSpan LinkLifetime = TimeSpan.FromHours(24);

    public async Task<bool> NeedsSetupAsync(CancellationToken ct = default) => !await db.Users.AnyAsync(ct);

    public async Task<string> CreateLinkAsync(CancellationToken ct = default)
    {
        var secret = TokenSecrets.NewSecret();
        db.SetupTokens.Add(new SetupToken { TokenHash = TokenSecrets.Hash(secret), CreatedAt = clock.GetUtcNow(), ExpiresAt = clock.GetUtcNow() + LinkLifetime });
        db.RecordEvent("setup.link_created", null);
        await db.SaveChangesAsync(ct);
        return urls.To($"/setup?token={Uri.EscapeDataString(secret)}");
    }

    public async Task<bool> IsValidAsync(string token, CancellationToken ct = default)
    {
        var hash = TokenSecrets.Hash(token);
        var now = clock.GetUtcNow();
        return await db.SetupTokens.AnyAsync(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now, ct);
    }

    /// <returns>The new administrator, or the field errors that stopped it.</returns>
    public async Task<(User? User, Dictionary<string, string[]> Errors)> CompleteAsync(string token, string email, string displayName, string password, CancellationToken ct = default)
    {
        var hash = TokenSecrets.Hash(token);
        var now = clock.GetUtcNow();
        var setup = await db.SetupTokens.SingleOrDefaultAsync(t => t.TokenHash == hash && t.UsedAt == null && t.ExpiresAt > now, ct);
        if (setup is null)
        {
            return (null, new() { ["token"] = ["This setup link is invalid, used or expired. Run 'watchkeeper admin create' for a new one."] });
        }
        if (await users.FindByEmailAsync(email) is not null)
        {
            return (null, new() { ["email"] = ["A user with this e-mail address already exists."] });
        }
        var organization = await db.Organizations.OrderBy(o => o.Id).FirstAsync(ct);
        var administrator = await db.Roles.SingleAsync(r => r.BuiltIn && r.Name == BuiltInRoles.Administrator, ct);
        var user = new User
        {
            UserName = email, Email = email, EmailConfirmed = true, DisplayName = displayName.Trim(),
            InstanceAdministrator = true, CreatedAt = now,
        };
        using var _ = AuditActor.Begin(AuditActor.Current with { Name = email });
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, IdentityErrors.ToFields(created));
        }
        setup.UsedAt = now;
        db.Memberships.Add(new Membership { UserId = user.Id, OrganizationId = organization.Id, RoleId = administrator.Id, CreatedAt = now });
        db.RecordEvent("setup.completed", organization.Id, "user", user.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        return (user, []);
    }
}

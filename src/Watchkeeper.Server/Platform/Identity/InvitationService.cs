using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Audit;
using Watchkeeper.Server.Platform.Organizations;
using Watchkeeper.Server.Platform.Tokens;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>Accepting an invitation: shared by the API and the invitation page.</summary>
public sealed class InvitationService(WatchkeeperDb db, UserManager<User> users, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public async Task<Invitation?> FindOpenAsync(string token, CancellationToken ct = default)
    {
        var hash = TokenSecrets.Hash(token);
        var now = clock.GetUtcNow();
        return await db.Invitations.Include(i => i.Role).SingleOrDefaultAsync(i => i.TokenHash == hash && i.AcceptedAt == null && i.ExpiresAt > now, ct);
    }

    public async Task<(User? User, Dictionary<string, string[]> Errors)> AcceptAsync(string token, string displayName, string password, CancellationToken ct = default)
    {
        var invitation = await FindOpenAsync(token, ct);
        if (invitation is null)
        {
            return (null, new() { ["token"] = ["This invitation is invalid, used or expired. Ask for a new one."] });
        }
        if (await users.FindByEmailAsync(invitation.Email) is not null)
        {
            return (null, new() { ["token"] = ["An account with this e-mail address exists already; sign in instead."] });
        }
        using var _ = AuditActor.Begin(AuditActor.Current with { Name = invitation.Email });
        var user = new User { UserName = invitation.Email, Email = invitation.Email, EmailConfirmed = true, DisplayName = displayName.Trim(), CreatedAt = clock.GetUtcNow() };
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, IdentityErrors.ToFields(created));
        }
        invitation.AcceptedAt = clock.GetUtcNow();
        db.Memberships.Add(new Membership { UserId = user.Id, OrganizationId = invitation.OrganizationId, RoleId = invitation.RoleId, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return (user, []);
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Audit;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Organizations;
using Watchkeeper.Server.Platform.Roles;
using Watchkeeper.Server.Platform.Setup;
using Watchkeeper.Server.Platform.Tokens;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>What inviting someone did: a link to send, or (for an existing account) a membership at once.</summary>
/// <param name="AcceptPath">The invitation page with the one-time secret, relative to the server.</param>
public sealed record InvitationCreated(Invitation? Invitation, string? AcceptPath, string? AcceptUrl, Membership? Membership, Role Role);

/// <summary>Inviting, cancelling and accepting invitations: shared by the API and the pages.</summary>
public sealed class InvitationService(WatchkeeperDb db, UserManager<User> users, PublicUrls urls, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    /// <summary>
    /// Invites a new colleague. Someone who already has an account (in another organization)
    /// is added straight away: there is nothing for them to set up.
    /// </summary>
    public async Task<Outcome<InvitationCreated>> CreateAsync(Access access, string email, long roleId, CancellationToken ct = default)
    {
        var role = await RoleLookup.FindAssignableAsync(db, access, roleId, ct);
        if (role is null)
        {
            return OperationError.Field("roleId", "No such role in this organization, or it grants more than you hold.");
        }
        email = email.Trim();
        if (await users.FindByEmailAsync(email) is { } existing)
        {
            if (await db.Memberships.AnyAsync(m => m.UserId == existing.Id && m.OrganizationId == access.OrganizationId, ct))
            {
                return OperationError.Field("email", "This person is already a member of the organization.");
            }
            var membership = new Membership { UserId = existing.Id, OrganizationId = access.OrganizationId, RoleId = role.Id, CreatedAt = clock.GetUtcNow() };
            db.Memberships.Add(membership);
            await db.SaveChangesAsync(ct);
            return new InvitationCreated(null, null, null, membership, role);
        }
        var secret = TokenSecrets.NewSecret();
        var invitation = new Invitation
        {
            OrganizationId = access.OrganizationId, Email = email, RoleId = role.Id, TokenHash = TokenSecrets.Hash(secret),
            InvitedByUserId = access.UserId ?? 0, CreatedAt = clock.GetUtcNow(), ExpiresAt = clock.GetUtcNow() + Lifetime,
        };
        db.Invitations.Add(invitation);
        await db.SaveChangesAsync(ct);
        var path = $"/invitation?token={Uri.EscapeDataString(secret)}";
        return new InvitationCreated(invitation, path, urls.To(path), null, role);
    }

    /// <summary>
    /// Only the hash of an invitation's secret is stored, so its link cannot be shown again;
    /// a new link replaces the old one (which stops working) and runs for a full lifetime.
    /// </summary>
    public async Task<Outcome<InvitationCreated>> NewLinkAsync(Access access, long id, CancellationToken ct = default)
    {
        var invitation = await db.Invitations.Include(i => i.Role)
            .SingleOrDefaultAsync(i => i.Id == id && i.OrganizationId == access.OrganizationId && i.AcceptedAt == null, ct);
        if (invitation is null)
        {
            return OperationError.NotFound("Invitation");
        }
        var secret = TokenSecrets.NewSecret();
        invitation.TokenHash = TokenSecrets.Hash(secret);
        invitation.ExpiresAt = clock.GetUtcNow() + Lifetime;
        await db.SaveChangesAsync(ct);
        var path = $"/invitation?token={Uri.EscapeDataString(secret)}";
        return new InvitationCreated(invitation, path, urls.To(path), null, invitation.Role);
    }

    public async Task<Outcome<Done>> CancelAsync(Access access, long id, CancellationToken ct = default)
    {
        var invitation = await db.Invitations.SingleOrDefaultAsync(i => i.Id == id && i.OrganizationId == access.OrganizationId, ct);
        if (invitation is null)
        {
            return OperationError.NotFound("Invitation");
        }
        db.Invitations.Remove(invitation);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

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

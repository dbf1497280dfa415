using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Organizations;

namespace Watchkeeper.Server.Platform.Authorization;

/// <summary>
/// Works out the organization a caller acts in and the permissions they hold there. Nothing is
/// cached across requests: a role change or a revoked token takes effect on the next call.
/// </summary>
public sealed class AccessResolver(WatchkeeperDb db, TimeProvider clock)
{
    /// <param name="principal">The authenticated caller.</param>
    /// <param name="requestedOrganization">Organization id or slug the caller asked for, if any.</param>
    /// <param name="cancellationToken">Cancels the lookup.</param>
    /// <returns>The access, or null when the caller has none in that organization.</returns>
    public async Task<Access?> ResolveAsync(ClaimsPrincipal principal, string? requestedOrganization, CancellationToken cancellationToken = default)
    {
        var userId = principal.UserId();
        if (userId is null)
        {
            return null;
        }
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        if (user is null || user.Disabled)
        {
            return null;
        }
        var tokenId = principal.TokenIdOf();
        return tokenId is null
            ? await ForUserAsync(user.Id, user.DisplayName, user.InstanceAdministrator, requestedOrganization, cancellationToken)
            : await ForTokenAsync(tokenId.Value, user.InstanceAdministrator, requestedOrganization, cancellationToken);
    }

    private async Task<Access?> ForUserAsync(long userId, string name, bool instanceAdmin, string? requested, CancellationToken cancellationToken)
    {
        var memberships = db.Memberships.AsNoTracking().Include(m => m.Organization).Include(m => m.Role).Where(m => m.UserId == userId);
        var membership = requested is null
            ? await memberships.OrderBy(m => m.OrganizationId).FirstOrDefaultAsync(cancellationToken)
            : await memberships.Where(Matches(requested)).FirstOrDefaultAsync(cancellationToken);
        return membership is null
            ? null
            : new Access(userId, null, name, membership.Organization, membership.RoleId, membership.Role.Name,
                membership.Role.Permissions.ToHashSet(StringComparer.Ordinal), instanceAdmin);
    }

    private async Task<Access?> ForTokenAsync(long tokenId, bool ownerIsInstanceAdmin, string? requested, CancellationToken cancellationToken)
    {
        var token = await db.ApiTokens.AsNoTracking().SingleOrDefaultAsync(t => t.Id == tokenId, cancellationToken);
        if (token is null || !token.IsActive(clock.GetUtcNow()))
        {
            return null;
        }
        var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == token.OrganizationId, cancellationToken);
        if (requested is not null && !IsOrganization(organization, requested))
        {
            return null;
        }
        var granted = token.Permissions.ToHashSet(StringComparer.Ordinal);
        if (token.Kind == TokenKind.Service)
        {
            return new Access(null, token.Id, $"token:{token.Name}", organization, null, null, granted, false);
        }
        // A personal token never outlives or outranks its owner's membership.
        var membership = await db.Memberships.AsNoTracking().Include(m => m.Role)
            .SingleOrDefaultAsync(m => m.UserId == token.UserId && m.OrganizationId == token.OrganizationId, cancellationToken);
        if (membership is null)
        {
            return null;
        }
        granted.IntersectWith(membership.Role.Permissions);
        var owner = await db.Users.AsNoTracking().Where(u => u.Id == token.UserId).Select(u => u.DisplayName).SingleAsync(cancellationToken);
        return new Access(token.UserId, token.Id, owner, organization, membership.RoleId, membership.Role.Name, granted, ownerIsInstanceAdmin);
    }

    private static System.Linq.Expressions.Expression<Func<Membership, bool>> Matches(string requested) =>
        long.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? m => m.OrganizationId == id
            : m => m.Organization.Slug == requested;

    private static bool IsOrganization(Organization organization, string requested) =>
        requested == organization.Slug || requested == organization.Id.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Organizations;
using Watchkeeper.Server.Platform.Tokens;

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
        if (principal.TokenIdOf() is { } tokenId)
        {
            var token = await db.ApiTokens.AsNoTracking().Include(t => t.User).SingleOrDefaultAsync(t => t.Id == tokenId, cancellationToken);
            return token is null || !token.IsActive(clock.GetUtcNow()) || token.User.Disabled
                ? null
                : await ForTokenAsync(token, requestedOrganization, cancellationToken);
        }
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == userId, cancellationToken);
        return user is null || user.Disabled
            ? null
            : await ForUserAsync(user.Id, user.DisplayName, user.InstanceAdministrator, requestedOrganization, cancellationToken);
    }

    /// <summary>The access of a token the request authenticated with: active, its owner loaded and enabled.</summary>
    public async Task<Access?> ForTokenAsync(ApiToken token, string? requested, CancellationToken cancellationToken)
    {
        var granted = token.Permissions.ToHashSet(StringComparer.Ordinal);
        if (token.Kind == TokenKind.Service)
        {
            var organization = await db.Organizations.AsNoTracking().SingleAsync(o => o.Id == token.OrganizationId, cancellationToken);
            return requested is null || IsOrganization(organization, requested)
                ? new Access(null, token.Id, $"token:{token.Name}", organization, null, null, granted, false)
                : null;
        }
        // A personal token never outlives or outranks its owner's membership.
        var membership = await db.Memberships.AsNoTracking().Include(m => m.Organization).Include(m => m.Role)
            .SingleOrDefaultAsync(m => m.UserId == token.UserId && m.OrganizationId == token.OrganizationId, cancellationToken);
        if (membership is null || (requested is not null && !IsOrganization(membership.Organization, requested)))
        {
            return null;
        }
        var held = membership.Role.Permissions.ToHashSet(StringComparer.Ordinal);
        granted.RemoveWhere(permission => !Roles.Permissions.Grants(held, permission));
        return new Access(token.UserId, token.Id, token.User.DisplayName, membership.Organization, membership.RoleId, membership.Role.Name,
            granted, token.User.InstanceAdministrator);
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

    private static System.Linq.Expressions.Expression<Func<Membership, bool>> Matches(string requested) =>
        long.TryParse(requested, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? m => m.OrganizationId == id
            : m => m.Organization.Slug == requested;

    private static bool IsOrganization(Organization organization, string requested) =>
        requested == organization.Slug || requested == organization.Id.ToString(CultureInfo.InvariantCulture);
}

using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Platform.Organizations;

/// <summary>Creating and renaming organizations: the rules shared by the API and the organizations page.</summary>
public sealed partial class OrganizationAdministration(WatchkeeperDb db, TimeProvider clock)
{
    /// <summary>Instance administrators (and their personal tokens) create organizations — an MSP: one per client — and become their administrator.</summary>
    public async Task<Outcome<Organization>> CreateAsync(Access creator, string name, string slug, CancellationToken ct)
    {
        if (!creator.InstanceAdministrator || creator.UserId is not { } userId)
        {
            return OperationError.Forbidden("Only instance administrators create organizations.");
        }
        if (!SlugPattern().IsMatch(slug) || slug.Length is < 2 or > 50)
        {
            return OperationError.Field("slug", "Use 2 to 50 lower-case letters, digits and dashes.");
        }
        if (await db.Organizations.AnyAsync(o => o.Slug == slug, ct))
        {
            return OperationError.Field("slug", $"The slug '{slug}' is taken.");
        }
        var administrator = await db.Roles.SingleAsync(r => r.BuiltIn && r.Name == BuiltInRoles.Administrator, ct);
        var organization = new Organization { Name = name.Trim(), Slug = slug, CreatedAt = clock.GetUtcNow() };
        db.Organizations.Add(organization);
        db.Memberships.Add(new Membership { UserId = userId, Organization = organization, Role = administrator, CreatedAt = clock.GetUtcNow() });
        await db.SaveChangesAsync(ct);
        return organization;
    }

    /// <param name="matches">The caller's optimistic-concurrency check against the organization as stored.</param>
    public async Task<Outcome<Organization>> RenameAsync(Access access, string name, Func<Organization, bool> matches, CancellationToken ct)
    {
        var organization = await db.Organizations.SingleAsync(o => o.Id == access.OrganizationId, ct);
        if (!matches(organization))
        {
            return OperationError.Stale;
        }
        organization.Name = name.Trim();
        await db.SaveChangesAsync(ct);
        return organization;
    }

    // The same pattern the API's request contract declares.
    [GeneratedRegex("^[a-z0-9][a-z0-9-]*$")]
    private static partial Regex SlugPattern();
}

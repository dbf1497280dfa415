using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Services;

/// <summary>
/// The service catalog as a requester sees it. The one rule the portal and the API share: a
/// business service of the requester's organization that is marked visible to requesters and is
/// active (planned, retired or in-maintenance services are not offered).
/// </summary>
public static class ServiceCatalog
{
    public static Task<List<CatalogEntryDto>> VisibleToRequesterAsync(WatchkeeperDb db, long organizationId, CancellationToken ct) =>
        db.Services.AsNoTracking()
            .Where(s => s.OrganizationId == organizationId && s.VisibleToRequesters
                && s.Item.Kind == CiKind.BusinessService && s.Item.Status == LifecycleStatus.Active)
            .OrderBy(s => s.Tier ?? 5).ThenBy(s => s.Item.Name)
            .Select(s => new CatalogEntryDto(s.Id, s.Item.Name, s.Item.Description, s.Tier,
                s.Item.OwnerTeam == null ? null : new NamedRef(s.Item.OwnerTeam.Id, s.Item.OwnerTeam.Name), s.SupportHours))
            .ToListAsync(ct);
}

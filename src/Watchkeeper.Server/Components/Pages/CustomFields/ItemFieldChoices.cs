using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.CustomFields;

namespace Watchkeeper.Server.Components.Pages.CustomFields;

/// <summary>What an item form offers beyond its own fields: the contracts that may support it and its kind's custom fields.</summary>
public sealed record ItemFieldChoices(IReadOnlyList<NamedRef> Contracts, IReadOnlyList<CustomFieldDto> Fields)
{
    public static ItemFieldChoices None { get; } = new([], []);

    public static async Task<ItemFieldChoices> LoadAsync(WatchkeeperDb db, long organizationId, CiKind kind) => new(
        await db.Contracts.AsNoTracking().Where(c => c.OrganizationId == organizationId).OrderBy(c => c.Vendor.Name).ThenBy(c => c.Reference)
            .Select(c => new NamedRef(c.Id, c.Vendor.Name + " " + c.Reference)).ToListAsync(),
        await CustomFieldEndpoints.Of(db, organizationId, kind).OrderBy(f => f.Label).Select(CustomFieldEndpoints.ToDto).ToListAsync());
}

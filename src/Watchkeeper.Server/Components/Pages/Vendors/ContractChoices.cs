using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Components.Pages.Vendors;

/// <summary>What the contract form offers: the organization's vendors, and items to cover.</summary>
public sealed record ContractChoices(IReadOnlyList<NamedRef> Vendors, IReadOnlyList<NamedRef> Items)
{
    /// <summary>The dropdown filters in the browser, so it takes the first items by name plus those already covered.</summary>
    private const int MaxItems = 1000;

    public static ContractChoices None { get; } = new([], []);

    public static async Task<ContractChoices> LoadAsync(WatchkeeperDb db, long organizationId, IEnumerable<long> covered)
    {
        var coveredIds = covered.ToList();
        var items = db.ConfigurationItems.AsNoTracking().Where(i => i.OrganizationId == organizationId);
        var first = await items.OrderBy(i => i.Name).Take(MaxItems).Select(i => new NamedRef(i.Id, i.Name)).ToListAsync();
        var chosen = await items.Where(i => coveredIds.Contains(i.Id)).Select(i => new NamedRef(i.Id, i.Name)).ToListAsync();
        return new(
            await db.Vendors.AsNoTracking().Where(v => v.OrganizationId == organizationId).OrderBy(v => v.Name).Select(v => new NamedRef(v.Id, v.Name)).ToListAsync(),
            [.. first.UnionBy(chosen, i => i.Id).OrderBy(i => i.Name, StringComparer.OrdinalIgnoreCase)]);
    }
}

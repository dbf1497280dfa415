using Microsoft.EntityFrameworkCore;
using Watchkeeper.Server.Components.Session;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Components.Pages.Inventory.Ipam;

/// <summary>The next free prefix or address of a prefix, written as the create dialogs take it; null when the prefix is full.</summary>
public static class PrefixFreeSpace
{
    public static async Task<string?> NextPrefixAsync(UiScope scope, long prefixId, int length) =>
        (await scope.Get<PrefixUsage>().NextFreePrefixAsync(await LoadAsync(scope, prefixId), length, default))?.ToString();

    public static async Task<string?> NextAddressAsync(UiScope scope, long prefixId)
    {
        var prefix = await LoadAsync(scope, prefixId);
        var block = PrefixQueries.BlockOf(prefix);
        return await scope.Get<PrefixUsage>().NextFreeAddressAsync(prefix, default) is { } free ? $"{block.Address(free)}/{block.Length}" : null;
    }

    public static Task<IpPrefix> LoadAsync(UiScope scope, long prefixId) =>
        scope.Db.IpPrefixes.AsNoTracking().SingleAsync(p => p.Id == prefixId && p.OrganizationId == scope.Access.OrganizationId);
}

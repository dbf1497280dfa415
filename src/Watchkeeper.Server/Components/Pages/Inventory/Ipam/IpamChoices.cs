using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Components.Session;

namespace Watchkeeper.Server.Components.Pages.Inventory.Ipam;

/// <summary>
/// The organization's VRFs and sites, for the IPAM filters, dialogs and the names in the lists. Both are short lists,
/// so they are read whole rather than joined per page of prefixes or addresses.
/// </summary>
public sealed class IpamChoices(IReadOnlyList<VrfDto> vrfs, IReadOnlyList<NamedRef> sites)
{
    public const string GlobalTable = "Global table";

    private readonly Dictionary<long, string> vrfNames = vrfs.ToDictionary(v => v.Id, v => v.Name);
    private readonly Dictionary<long, string> siteNames = sites.ToDictionary(s => s.Id, s => s.Name);

    public static IpamChoices None { get; } = new([], []);

    public IReadOnlyList<VrfDto> Vrfs => vrfs;

    /// <summary>The VRFs with the global table first as id 0, which is how the filters name it.</summary>
    public IReadOnlyList<VrfDto> Scopes { get; } = [new VrfDto(0, GlobalTable, null, null, 0), .. vrfs];

    public IReadOnlyList<NamedRef> Sites => sites;

    public string VrfName(long? id) => id is { } key and not 0 ? vrfNames.GetValueOrDefault(key, $"VRF {key}") : GlobalTable;

    public string? SiteName(long? id) => id is { } key ? siteNames.GetValueOrDefault(key) : null;

    public static async Task<IpamChoices> LoadAsync(UiScope scope)
    {
        var sites = await scope.Db.Sites.AsNoTracking().Where(s => s.OrganizationId == scope.Access.OrganizationId).OrderBy(s => s.Name)
            .Select(s => new NamedRef(s.Id, s.Name)).ToListAsync();
        return new(await PrefixTreeLoader.VrfsAsync(scope), sites);
    }
}

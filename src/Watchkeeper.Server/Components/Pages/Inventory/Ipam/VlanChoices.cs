using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Components.Session;

namespace Watchkeeper.Server.Components.Pages.Inventory.Ipam;

/// <summary>
/// The organization's VLAN groups and sites, for the filters, the dialogs and the names in the grid.
/// Both are short lists (one group per switching domain), so they are read whole rather than joined per page of VLANs.
/// </summary>
public sealed class VlanChoices(IReadOnlyList<VlanGroupDto> groups, IReadOnlyList<NamedRef> sites)
{
    private readonly Dictionary<long, VlanGroupDto> groupsById = groups.ToDictionary(g => g.Id);
    private readonly Dictionary<long, string> siteNames = sites.ToDictionary(s => s.Id, s => s.Name);

    public static VlanChoices None { get; } = new([], []);

    public IReadOnlyList<VlanGroupDto> Groups => groups;

    public IReadOnlyList<NamedRef> Sites => sites;

    public VlanGroupDto? Group(long? id) => id is { } key ? groupsById.GetValueOrDefault(key) : null;

    public string? SiteName(long? id) => id is { } key ? siteNames.GetValueOrDefault(key) : null;

    public static async Task<VlanChoices> LoadAsync(UiScope scope)
    {
        var organizationId = scope.Access.OrganizationId;
        var groups = await scope.Db.VlanGroups.AsNoTracking().Where(g => g.OrganizationId == organizationId).OrderBy(g => g.Name)
            .Select(g => new VlanGroupDto(g.Id, g.Name, g.SiteId, g.Description, g.Version)).ToListAsync();
        var sites = await scope.Db.Sites.AsNoTracking().Where(s => s.OrganizationId == organizationId).OrderBy(s => s.Name)
            .Select(s => new NamedRef(s.Id, s.Name)).ToListAsync();
        return new(groups, sites);
    }
}

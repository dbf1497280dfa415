using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.CustomFields;
using Watchkeeper.Server.Inventory.Search;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>How devices are read and filtered, by the API and the pages alike.</summary>
public static class DeviceQueries
{
    public static readonly Keyset<Device> Paging = new Keyset<Device>(d => d.Id, "name")
        .Sortable("name", d => d.Item.Name).Sortable("createdAt", d => d.Item.CreatedAt).Sortable("position", d => d.Position ?? 0);

    public static readonly Expression<Func<Device, DeviceDto>> ToDto = d => new DeviceDto(
        d.Id, d.Item.Name, d.Kind, d.Item.Status, d.Item.Environment, d.Item.Criticality,
        d.Item.OwnerTeam == null ? null : new NamedRef(d.Item.OwnerTeam.Id, d.Item.OwnerTeam.Name), d.Item.Description,
        d.DeviceType == null ? null : new NamedRef(d.DeviceType.Id, d.DeviceType.Manufacturer + " " + d.DeviceType.Model),
        d.Hostname, d.Fqdn, d.Serial, d.AssetTag, d.PrimaryIp, d.OsName, d.OsVersion, d.CpuCores, d.MemoryMb, d.DiskGb,
        d.Site == null ? null : new NamedRef(d.Site.Id, d.Site.Name), d.Rack == null ? null : new NamedRef(d.Rack.Id, d.Rack.Name),
        d.Position, d.Face, d.DeviceType == null ? 0 : d.DeviceType.HeightU,
        d.CloudProvider, d.CloudAccount, d.CloudRegion, d.PurchaseDate, d.WarrantyEnd,
        d.Item.Tags.OrderBy(t => t.Name).Select(t => t.Name).ToList(), d.Item.CreatedAt, d.Item.Version,
        d.SupportContract == null ? null : new NamedRef(d.SupportContract.Id, d.SupportContract.Vendor.Name + " " + d.SupportContract.Reference));

    /// <summary>
    /// Serial, asset tag and IP match exactly (they are identifiers people paste); the name matches
    /// anywhere in it, case-insensitively.
    /// </summary>
    /// <param name="customFields">Field id → stored value that each device must have (<c>cf.key=value</c>).</param>
    public static IQueryable<Device> Filter(WatchkeeperDb db, long organizationId, DeviceFilter filter, string? q, IReadOnlyDictionary<long, string>? customFields = null)
    {
        var devices = db.Devices.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(q))
        {
            // Only the organization's devices match; with no organization condition to scan by, the database starts
            // from the few matches.
            var matches = Matching(db, organizationId, q.Trim());
            devices = devices.Where(d => matches.Contains(d.Id));
        }
        else if (filter is { SiteId: null, RackId: null, SupportContractId: null })
        {
            // The item's organization is the same; saying so lets the database walk the items' (organization, name)
            // index in the list's order and stop after a page, instead of sorting every device by name. A site, rack
            // or contract is left out: their devices are found faster through their own index and sorted, because the
            // walk could pass most of the estate before it reaches them (names often start with the site).
            devices = devices.Where(d => d.OrganizationId == organizationId && d.Item.OrganizationId == organizationId);
        }
        else
        {
            devices = devices.Where(d => d.OrganizationId == organizationId);
        }
        foreach (var (fieldId, value) in customFields ?? new Dictionary<long, string>())
        {
            devices = devices.Where(d => db.CustomFieldValues.Any(v => v.ItemId == d.Id && v.FieldId == fieldId && v.Value == value));
        }
        if (filter.SupportContractId is { } contractId)
        {
            devices = devices.Where(d => d.SupportContractId == contractId);
        }
        if (filter.SiteId is { } siteId)
        {
            devices = devices.Where(d => d.SiteId == siteId);
        }
        if (filter.RackId is { } rackId)
        {
            devices = devices.Where(d => d.RackId == rackId);
        }
        if (filter.Kind is { } kind)
        {
            devices = devices.Where(d => d.Kind == kind);
        }
        if (filter.Tag?.Trim().ToLowerInvariant() is { Length: > 0 } tag)
        {
            devices = devices.Where(d => d.Item.Tags.Any(t => t.Name == tag));
        }
        if (filter.Status is { } status)
        {
            devices = devices.Where(d => d.Item.Status == status);
        }
        return devices;
    }

    // One indexed lookup per way of matching, united: an OR across the two tables could only be checked row by row.
    private static IQueryable<long> Matching(WatchkeeperDb db, long organizationId, string text)
    {
        var upper = text.ToUpperInvariant();
        var items = TrigramIndex.ItemName.Narrow(db, db.ConfigurationItems.Where(i => i.OrganizationId == organizationId && i.Kind == CiKind.Device), i => i.Id, upper);
        var ip = IpText.IsValid(text) ? IpText.Canonical(text) : text;
        var devices = db.Devices.Where(d => d.OrganizationId == organizationId);
        return items.Where(i => i.Name.ToUpper().Contains(upper)).Select(i => i.Id)
            .Concat(devices.Where(d => d.Serial == text).Select(d => d.Id))
            .Concat(devices.Where(d => d.AssetTag == text).Select(d => d.Id))
            .Concat(devices.Where(d => d.PrimaryIp == ip).Select(d => d.Id));
    }

    public static async Task<DeviceDto?> FindAsync(WatchkeeperDb db, long organizationId, long id, CancellationToken ct)
    {
        var device = await db.Devices.AsNoTracking().Where(d => d.Id == id && d.OrganizationId == organizationId).Select(ToDto).SingleOrDefaultAsync(ct);
        return device is null ? null : (await WithCustomFieldsAsync(db, [device], ct))[0];
    }

    /// <summary>The devices with their custom field values, read for all of them in one query.</summary>
    public static async Task<IReadOnlyList<DeviceDto>> WithCustomFieldsAsync(WatchkeeperDb db, IReadOnlyList<DeviceDto> devices, CancellationToken ct)
    {
        var values = await CustomFieldValues.OfItemsAsync(db, [.. devices.Select(d => d.Id)], ct);
        return [.. devices.Select(d => d with { CustomFields = values.GetValueOrDefault(d.Id) ?? new Dictionary<string, string>() })];
    }
}

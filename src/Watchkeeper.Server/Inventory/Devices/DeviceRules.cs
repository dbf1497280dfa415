using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Facilities;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>Every rule a device's fields must keep, each reported on the field that breaks it.</summary>
internal sealed class DeviceRules(WatchkeeperDb db, Device device)
{
    private readonly FieldErrors errors = new();
    private long OrganizationId => device.OrganizationId;

    /// <summary>The stored form of the request's custom field values, by field id, once checked.</summary>
    public IReadOnlyDictionary<long, string> CustomFieldValues { get; private set; } = new Dictionary<long, string>();

    /// <summary>Checks the request; on success the device's site is set (a racked device is at its rack's site).</summary>
    public async Task<OperationError?> CheckAsync(DeviceRequest request, CancellationToken ct)
    {
        await CheckIdentityAsync(request, ct);
        CheckAddresses(request);
        await CheckReferencesAsync(request, ct);
        var siteId = await CheckPlacementAsync(request, ct);
        CustomFieldValues = await CustomFields.CustomFieldValues.CheckAsync(db, OrganizationId, CiKind.Device, request.CustomFields, errors, ct);
        if (ItemTags.Problem(ItemTags.Normalize(request.Tags)) is { } tagProblem)
        {
            errors.Add("tags", tagProblem);
        }
        if (request.PurchaseDate is { } bought && request.WarrantyEnd < bought)
        {
            errors.Add("warrantyEnd", "The warranty cannot end before the purchase date.");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        device.SiteId = siteId;
        return null;
    }

    private async Task CheckIdentityAsync(DeviceRequest request, CancellationToken ct)
    {
        var name = request.Name.Trim();
        if (await db.ConfigurationItems.AnyAsync(i => i.OrganizationId == OrganizationId && i.Kind == CiKind.Device && i.Name == name && i.Id != device.Id, ct))
        {
            errors.Add("name", $"A device named '{name}' already exists.");
        }
        if (InventoryText.Optional(request.Serial) is { } serial
            && await db.Devices.AnyAsync(d => d.OrganizationId == OrganizationId && d.Serial == serial && d.Id != device.Id, ct))
        {
            errors.Add("serial", $"Another device already has the serial number '{serial}'.");
        }
        if (InventoryText.Optional(request.AssetTag) is { } tag
            && await db.Devices.AnyAsync(d => d.OrganizationId == OrganizationId && d.AssetTag == tag && d.Id != device.Id, ct))
        {
            errors.Add("assetTag", $"Another device already has the asset tag '{tag}'.");
        }
    }

    private void CheckAddresses(DeviceRequest request)
    {
        if (InventoryText.Optional(request.PrimaryIp) is { } ip && !IpText.IsValid(ip))
        {
            errors.Add("primaryIp", $"'{ip}' is not an IPv4 address (like 192.0.2.10) or an IPv6 address (like 2001:db8::10).");
        }
        foreach (var (field, value) in new[] { ("hostname", request.Hostname), ("fqdn", request.Fqdn) })
        {
            if (InventoryText.Optional(value) is { } host && Uri.CheckHostName(host) != UriHostNameType.Dns)
            {
                errors.Add(field, $"'{host}' is not a valid host name: use letters, digits, hyphens and dots.");
            }
        }
    }

    private async Task CheckReferencesAsync(DeviceRequest request, CancellationToken ct)
    {
        if (request.OwnerTeamId is { } teamId && !await db.Teams.AnyAsync(t => t.Id == teamId && t.OrganizationId == OrganizationId, ct))
        {
            errors.Add("ownerTeamId", "No team with that id exists in this organization.");
        }
        if (request.DeviceTypeId is { } typeId && !await db.DeviceTypes.AnyAsync(t => t.Id == typeId && t.OrganizationId == OrganizationId, ct))
        {
            errors.Add("deviceTypeId", "No device type with that id exists in this organization.");
        }
        if (request.SiteId is { } siteId && !await db.Sites.AnyAsync(s => s.Id == siteId && s.OrganizationId == OrganizationId, ct))
        {
            errors.Add("siteId", "No site with that id exists in this organization.");
        }
        if (request.SupportContractId is { } contractId && !await db.Contracts.AnyAsync(c => c.Id == contractId && c.OrganizationId == OrganizationId, ct))
        {
            errors.Add("supportContractId", "No contract with that id exists in this organization.");
        }
    }

    /// <returns>The site the device is at.</returns>
    private async Task<long?> CheckPlacementAsync(DeviceRequest request, CancellationToken ct)
    {
        if (request.RackId is not { } rackId)
        {
            if (request.Position is not null)
            {
                errors.Add("position", "Choose a rack before a position in it.");
            }
            return request.SiteId;
        }
        var rack = await db.Racks.AsNoTracking().Include(r => r.Site).SingleOrDefaultAsync(r => r.Id == rackId && r.OrganizationId == OrganizationId, ct);
        if (rack is null)
        {
            errors.Add("rackId", "No rack with that id exists in this organization.");
            return request.SiteId;
        }
        if (request.SiteId is { } siteId && siteId != rack.SiteId)
        {
            errors.Add("rackId", $"Rack '{rack.Name}' is at site '{rack.Site.Name}'; a device in it must be at that site too.");
        }
        if (request.Position is { } position)
        {
            await CheckSlotAsync(rack, position, request, ct);
        }
        return rack.SiteId;
    }

    private async Task CheckSlotAsync(Rack rack, int position, DeviceRequest request, CancellationToken ct)
    {
        var type = request.DeviceTypeId is { } typeId ? await db.DeviceTypes.AsNoTracking().SingleOrDefaultAsync(t => t.Id == typeId && t.OrganizationId == OrganizationId, ct) : null;
        if (type is null)
        {
            errors.Add("deviceTypeId", "Choose a device type to place the device at a position: the type says how many units it takes.");
            return;
        }
        if (type.HeightU == 0)
        {
            errors.Add("position", $"'{type.DisplayName}' is a 0U device: it is in the rack but takes no unit, so leave the position empty.");
            return;
        }
        var slot = new RackSlot(device.Id, request.Name.Trim(), position, type.HeightU, request.Face ?? RackFace.Front, type.FullDepth);
        errors.AddRange(RackPlacement.Check(rack.HeightU, slot, await RackOccupancy.SlotsAsync(db, rack.Id, ct)));
    }
}

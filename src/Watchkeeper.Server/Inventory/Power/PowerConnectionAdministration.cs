using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>Power connections: a device of the organization draws from one of its feeds or from one of its PDUs or UPS units, without loops.</summary>
public sealed class PowerConnectionAdministration(WatchkeeperDb db) : InventoryAdministration<PowerConnection, PowerConnectionRequest>(db)
{
    public override string Noun => "Power connection";

    protected override PowerConnection New(long organizationId) => new() { OrganizationId = organizationId };

    protected override async Task<OperationError?> ApplyAsync(PowerConnection connection, PowerConnectionRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var org = connection.OrganizationId;
        var deviceId = request.DeviceId ?? 0;
        var device = await Db.Devices.Where(d => d.Id == deviceId && d.OrganizationId == org).Select(d => d.Item.Name).SingleOrDefaultAsync(ct);
        if (device is null)
        {
            errors.Add("deviceId", "No device with that id exists in this organization.");
        }
        if ((request.FeedId is null) == (request.UpstreamDeviceId is null))
        {
            errors.Add("feedId", "Give either the feed or the upstream PDU/UPS the power comes from, not both.");
        }
        else if (request.FeedId is { } feedId && !await Db.PowerFeeds.AnyAsync(f => f.Id == feedId && f.OrganizationId == org, ct))
        {
            errors.Add("feedId", "No power feed with that id exists in this organization.");
        }
        else if (request.UpstreamDeviceId is { } upstreamId && await UpstreamProblemAsync(org, deviceId, device, upstreamId, ct) is { } problem)
        {
            errors.Add("upstreamDeviceId", problem);
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        connection.DeviceId = deviceId;
        connection.FeedId = request.FeedId;
        connection.UpstreamDeviceId = request.UpstreamDeviceId;
        connection.Label = InventoryText.Optional(request.Label);
        return null;
    }

    private async Task<string?> UpstreamProblemAsync(long org, long deviceId, string? device, long upstreamId, CancellationToken ct)
    {
        var upstream = await Db.Devices.Where(d => d.Id == upstreamId && d.OrganizationId == org).Select(d => new { d.Item.Name, d.Kind }).SingleOrDefaultAsync(ct);
        if (upstream is null)
        {
            return "No device with that id exists in this organization.";
        }
        if (upstream.Kind is not (DeviceKind.Pdu or DeviceKind.Ups))
        {
            return $"'{upstream.Name}' is a {upstream.Kind}; only a PDU or UPS supplies power to other devices.";
        }
        if (upstreamId == deviceId)
        {
            return "A device cannot feed itself.";
        }
        return device is not null && await PowerLoops.SuppliesAsync(Db, org, deviceId, upstreamId, ct)
            ? $"'{upstream.Name}' already draws power through '{device}'; this connection would make a loop."
            : null;
    }
}

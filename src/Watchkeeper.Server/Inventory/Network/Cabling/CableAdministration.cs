using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

/// <summary>Cables: the rules shared by the API and the pages; every change keeps the derived connected-to relationships in step.</summary>
public sealed class CableAdministration(WatchkeeperDb db, TimeProvider clock) : InventoryAdministration<Cable, CableRequest>(db)
{
    private readonly CabledConnections connections = new(db, clock);

    public override string Noun => "Cable";

    protected override IQueryable<Cable> Rows => Db.Cables.Include(c => c.Ends).ThenInclude(e => e.Interface);

    protected override Cable New(long organizationId) => new() { OrganizationId = organizationId };

    protected override async Task<OperationError?> ApplyAsync(Cable cable, CableRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var a = await EndAsync(cable, request.AInterfaceId, "aInterfaceId", errors, ct);
        var b = await EndAsync(cable, request.BInterfaceId, "bInterfaceId", errors, ct);
        if (request.AInterfaceId == request.BInterfaceId)
        {
            errors.Add("bInterfaceId", "A cable needs two different interfaces.");
        }
        else if (cable.Ends.Count == 2 && !IsSwap(cable, request.AInterfaceId, request.BInterfaceId)
                 && (cable.End(CableSide.B).InterfaceId == request.AInterfaceId || cable.End(CableSide.A).InterfaceId == request.BInterfaceId))
        {
            errors.Add("aInterfaceId", "An end cannot move onto the cable's other end; move one end at a time.");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        var before = cable.Ends.Count == 2 ? (cable.End(CableSide.A).Interface.DeviceId, cable.End(CableSide.B).Interface.DeviceId) : default((long, long)?);
        // The sides mean nothing to the network; swapping them would only trip the unique index halfway through.
        if (before is null || !IsSwap(cable, a!.Id, b!.Id))
        {
            Plug(cable, CableSide.A, a!);
            Plug(cable, CableSide.B, b!);
        }
        await connections.MoveAsync(cable.Id, before, (a!.DeviceId, b!.DeviceId), ct);
        (cable.Type, cable.Status, cable.LengthMeters) = (request.Type, request.Status, request.LengthMeters);
        (cable.Label, cable.Colour) = (InventoryText.Optional(request.Label), InventoryText.Optional(request.Colour));
        return null;
    }

    protected override async Task RemoveAsync(Cable cable, CancellationToken ct)
    {
        await connections.MoveAsync(cable.Id, (cable.End(CableSide.A).Interface.DeviceId, cable.End(CableSide.B).Interface.DeviceId), null, ct);
        Db.Cables.Remove(cable);
    }

    /// <summary>The rule's check can pass for two requests at once; the unique index on the cable end refuses the second.</summary>
    protected override async Task<OperationError?> SaveAsync(Cable cable, CancellationToken ct)
    {
        try
        {
            await Db.SaveChangesAsync(ct);
            return null;
        }
        catch (DbUpdateException)
        {
            var ends = cable.Ends.Select(e => e.InterfaceId).ToList();
            if (await Db.CableEnds.AsNoTracking().AnyAsync(e => ends.Contains(e.InterfaceId) && e.CableId != cable.Id, ct))
            {
                Db.ChangeTracker.Clear();
                return OperationError.Field("aInterfaceId", "One of the interfaces was cabled meanwhile; each interface takes one cable.");
            }
            if (await connections.LostRaceAsync(ct))
            {
                // Another cable between the same two devices wrote the connected-to first; this cable needs none of its own.
                await Db.SaveChangesAsync(ct);
                return null;
            }
            throw;
        }
    }

    private async Task<DeviceInterface?> EndAsync(Cable cable, long interfaceId, string field, FieldErrors errors, CancellationToken ct)
    {
        var iface = await Db.Interfaces.Include(i => i.CableEnd).SingleOrDefaultAsync(i => i.Id == interfaceId && i.OrganizationId == cable.OrganizationId, ct);
        if (iface is null)
        {
            errors.Add(field, "No interface with that id exists in this organization.");
        }
        else if (!DeviceInterface.Cableable(iface.Kind))
        {
            errors.Add(field, $"'{iface.Name}' is a {iface.Kind} interface, which takes no cable; cable its physical ports instead.");
        }
        else if (iface.CableEnd is { } end && end.CableId != cable.Id)
        {
            errors.Add(field, $"'{iface.Name}' already has a cable. Disconnect it first.");
        }
        return iface;
    }

    private static bool IsSwap(Cable cable, long a, long b) =>
        cable.End(CableSide.A).InterfaceId == b && cable.End(CableSide.B).InterfaceId == a;

    private static void Plug(Cable cable, CableSide side, DeviceInterface iface)
    {
        var end = cable.Ends.SingleOrDefault(e => e.Side == side);
        if (end is null)
        {
            cable.Ends.Add(new CableEnd { Side = side, OrganizationId = cable.OrganizationId, Interface = iface, InterfaceId = iface.Id });
        }
        else
        {
            (end.Interface, end.InterfaceId) = (iface, iface.Id);
        }
    }
}

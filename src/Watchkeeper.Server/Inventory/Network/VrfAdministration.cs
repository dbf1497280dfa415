using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>VRFs: the rules shared by the API and the pages.</summary>
public sealed partial class VrfAdministration(WatchkeeperDb db)
{
    public async Task<Outcome<Vrf>> CreateAsync(Access access, VrfRequest request, CancellationToken ct)
    {
        var vrf = new Vrf { OrganizationId = access.OrganizationId, Name = "" };
        if (await ApplyAsync(vrf, request, ct) is { } error)
        {
            return error;
        }
        db.Vrfs.Add(vrf);
        await db.SaveChangesAsync(ct);
        return vrf;
    }

    public async Task<Outcome<Vrf>> UpdateAsync(Access access, long id, VrfRequest request, Func<IVersioned, bool> matches, CancellationToken ct)
    {
        var vrf = await db.Vrfs.SingleOrDefaultAsync(v => v.Id == id && v.OrganizationId == access.OrganizationId, ct);
        if (vrf is null)
        {
            return OperationError.NotFound("VRF");
        }
        if (!matches(vrf))
        {
            return OperationError.Stale;
        }
        if (await ApplyAsync(vrf, request, ct) is { } error)
        {
            return error;
        }
        await db.SaveChangesAsync(ct);
        return vrf;
    }

    /// <summary>Only an empty VRF goes, so no prefix or address silently moves to the global table.</summary>
    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var vrf = await db.Vrfs.SingleOrDefaultAsync(v => v.Id == id && v.OrganizationId == access.OrganizationId, ct);
        if (vrf is null)
        {
            return OperationError.NotFound("VRF");
        }
        var prefixes = await db.IpPrefixes.CountAsync(p => p.VrfId == id, ct);
        var addresses = await db.IpAddresses.CountAsync(a => a.VrfId == id, ct);
        if (prefixes + addresses > 0)
        {
            return OperationError.Conflict($"The VRF still holds {prefixes} prefix(es) and {addresses} address(es). Move or delete them first.");
        }
        db.Vrfs.Remove(vrf);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    private async Task<OperationError?> ApplyAsync(Vrf vrf, VrfRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = request.Name.Trim();
        if (await db.Vrfs.AnyAsync(v => v.OrganizationId == vrf.OrganizationId && v.Name == name && v.Id != vrf.Id, ct))
        {
            errors.Add("name", $"A VRF named '{name}' already exists.");
        }
        var distinguisher = InventoryText.Optional(request.RouteDistinguisher);
        if (distinguisher is not null && !RouteDistinguisher().IsMatch(distinguisher))
        {
            errors.Add("routeDistinguisher", $"'{distinguisher}' is not a route distinguisher; write ASN:number (65000:100) or IPv4:number (192.0.2.1:100).");
        }
        if (errors.ToError() is { } error)
        {
            return error;
        }
        vrf.Name = name;
        vrf.RouteDistinguisher = distinguisher;
        vrf.Description = InventoryText.Optional(request.Description);
        return null;
    }

    [GeneratedRegex(@"^(\d{1,10}|\d{1,3}(\.\d{1,3}){3}):\d{1,10}$")]
    private static partial Regex RouteDistinguisher();
}

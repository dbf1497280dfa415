using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>VRFs: the rules shared by the API and the pages.</summary>
public sealed partial class VrfAdministration(WatchkeeperDb db) : InventoryAdministration<Vrf, VrfRequest>(db)
{
    public override string Noun => "VRF";

    protected override Vrf New(long organizationId) => new() { OrganizationId = organizationId, Name = "" };

    /// <summary>Only an empty VRF goes, so no prefix or address silently moves to the global table.</summary>
    protected override async Task<string?> StillUsedAsync(Vrf vrf, CancellationToken ct)
    {
        var prefixes = await Db.IpPrefixes.CountAsync(p => p.VrfId == vrf.Id, ct);
        var addresses = await Db.IpAddresses.CountAsync(a => a.VrfId == vrf.Id, ct);
        return prefixes + addresses > 0 ? $"The VRF still holds {prefixes} prefix(es) and {addresses} address(es). Move or delete them first." : null;
    }

    protected override async Task<OperationError?> ApplyAsync(Vrf vrf, VrfRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var name = request.Name.Trim();
        if (await Db.Vrfs.AnyAsync(v => v.OrganizationId == vrf.OrganizationId && v.Name == name && v.Id != vrf.Id, ct))
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

using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>Prefixes: the rules shared by the API and the pages. Containment is computed, so nothing re-parents on change.</summary>
public sealed class PrefixAdministration(WatchkeeperDb db) : InventoryAdministration<IpPrefix, PrefixRequest>(db)
{
    public override string Noun => "Prefix";

    protected override IpPrefix New(long organizationId) => new() { OrganizationId = organizationId, StartKey = "", EndKey = "", Cidr = "" };

    protected override async Task<OperationError?> ApplyAsync(IpPrefix prefix, PrefixRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (block, problem) = IpNotation.ParsePrefix(request.Prefix);
        var scope = request.VrfId ?? 0;
        if (problem is not null)
        {
            errors.Add("prefix", problem);
        }
        else if (await Db.IpPrefixes.AnyAsync(p => p.OrganizationId == prefix.OrganizationId && p.VrfScope == scope && p.Family == block.Family
            && p.StartKey == block.StartKey && p.Length == block.Length && p.Id != prefix.Id, ct))
        {
            errors.Add("prefix", $"{block} already exists in this VRF.");
        }
        await NetworkReferences.CheckVrfAsync(Db, prefix.OrganizationId, request.VrfId, errors, ct);
        await NetworkReferences.CheckSiteAsync(Db, prefix.OrganizationId, request.SiteId, errors, ct);
        if (errors.ToError() is { } error)
        {
            return error;
        }
        (prefix.VrfId, prefix.VrfScope, prefix.SiteId, prefix.Status) = (request.VrfId, scope, request.SiteId, request.Status);
        (prefix.Family, prefix.StartKey, prefix.EndKey, prefix.Length) = (block.Family, block.StartKey, block.EndKey, block.Length);
        prefix.Cidr = block.ToString();
        prefix.Description = InventoryText.Optional(request.Description);
        return null;
    }
}

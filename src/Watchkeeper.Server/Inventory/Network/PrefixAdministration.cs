using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>Prefixes: the rules shared by the API and the pages. Containment is computed, so nothing re-parents on change.</summary>
public sealed class PrefixAdministration(WatchkeeperDb db)
{
    public async Task<Outcome<IpPrefix>> CreateAsync(Access access, PrefixRequest request, CancellationToken ct)
    {
        var prefix = new IpPrefix { OrganizationId = access.OrganizationId, StartKey = "", EndKey = "", Cidr = "" };
        if (await ApplyAsync(prefix, request, ct) is { } error)
        {
            return error;
        }
        db.IpPrefixes.Add(prefix);
        await db.SaveChangesAsync(ct);
        return prefix;
    }

    public async Task<Outcome<IpPrefix>> UpdateAsync(Access access, long id, PrefixRequest request, Func<IVersioned, bool> matches, CancellationToken ct)
    {
        var prefix = await db.IpPrefixes.SingleOrDefaultAsync(p => p.Id == id && p.OrganizationId == access.OrganizationId, ct);
        if (prefix is null)
        {
            return OperationError.NotFound("Prefix");
        }
        if (!matches(prefix))
        {
            return OperationError.Stale;
        }
        if (await ApplyAsync(prefix, request, ct) is { } error)
        {
            return error;
        }
        await db.SaveChangesAsync(ct);
        return prefix;
    }

    /// <summary>Its children and addresses stay; they simply belong to the next containing prefix.</summary>
    public async Task<Outcome<Done>> DeleteAsync(Access access, long id, CancellationToken ct)
    {
        var prefix = await db.IpPrefixes.SingleOrDefaultAsync(p => p.Id == id && p.OrganizationId == access.OrganizationId, ct);
        if (prefix is null)
        {
            return OperationError.NotFound("Prefix");
        }
        db.IpPrefixes.Remove(prefix);
        await db.SaveChangesAsync(ct);
        return Done.Value;
    }

    private async Task<OperationError?> ApplyAsync(IpPrefix prefix, PrefixRequest request, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var (block, problem) = IpNotation.ParsePrefix(request.Prefix);
        var scope = request.VrfId ?? 0;
        if (problem is not null)
        {
            errors.Add("prefix", problem);
        }
        else if (await db.IpPrefixes.AnyAsync(p => p.OrganizationId == prefix.OrganizationId && p.VrfScope == scope && p.Family == block.Family
            && p.StartKey == block.StartKey && p.Length == block.Length && p.Id != prefix.Id, ct))
        {
            errors.Add("prefix", $"{block} already exists in this VRF.");
        }
        await NetworkReferences.CheckVrfAsync(db, prefix.OrganizationId, request.VrfId, errors, ct);
        await NetworkReferences.CheckSiteAsync(db, prefix.OrganizationId, request.SiteId, errors, ct);
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

using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Network;

public static class PrefixEndpoints
{
    private static readonly Keyset<IpPrefix> Paging = new Keyset<IpPrefix>(p => p.Id, "prefix").Sortable("prefix", p => p.StartKey).Sortable("length", p => p.Length);

    /// <summary>List filters: <c>vrfId</c> (0 is the global table), <c>family</c>, and <c>within</c> a prefix in CIDR notation.</summary>
    public sealed record PrefixFilter(long? VrfId = null, IpFamily? Family = null, string? Within = null);

    public static void MapPrefixes(this IEndpointRouteBuilder inventory)
    {
        var group = inventory.MapGroup("/prefixes").WithTags("Inventory: IP prefixes");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/tree", PrefixSpaceEndpoints.TreeAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}/utilization", PrefixSpaceEndpoints.UtilizationAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}/next-free-prefix", PrefixSpaceEndpoints.NextFreePrefixAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}/next-free-address", PrefixSpaceEndpoints.NextFreeAddressAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}/free-ranges", PrefixSpaceEndpoints.FreeRangesAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", UpdateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.InventoryWrite);
    }

    /// <summary>The <c>within</c> filter as a block, or the field error that explains what is wrong with it.</summary>
    public static (IpBlock? Block, Dictionary<string, string[]>? Errors) ParseWithin(string? within)
    {
        if (string.IsNullOrWhiteSpace(within))
        {
            return (null, null);
        }
        var (block, error) = IpNotation.ParsePrefix(within);
        return error is null ? (block, null) : (null, new() { ["within"] = [error] });
    }

    private static async Task<Results<Ok<Page<PrefixDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] PrefixFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var (within, withinErrors) = ParseWithin(filter.Within);
        if (withinErrors is not null)
        {
            return Problems.Fields(withinErrors);
        }
        var access = await current.RequireAsync(ct);
        var prefixes = PrefixQueries.Filter(db, access.OrganizationId, filter.VrfId, filter.Family, query.Q, within);
        return TypedResults.Ok(await Paging.PageAsync(prefixes, query, PrefixQueries.ToDto(db), ct));
    }

    private static async Task<Results<Ok<PrefixDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        InventoryResults.Found(await PrefixQueries.FindAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct), http, "Prefix", p => p.Version);

    private static async Task<Results<Created<PrefixDto>, ValidationProblem>> CreateAsync(PrefixRequest request, CurrentAccess current, PrefixAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await InventoryResults.CreatedAsync(await admin.CreateAsync(access, request, ct), "prefixes", p => p.Id,
            async id => (await PrefixQueries.FindAsync(db, access.OrganizationId, id, ct))!);
    }

    private static async Task<Results<Ok<PrefixDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, PrefixRequest request, HttpContext http, CurrentAccess current, PrefixAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await admin.UpdateAsync(access, id, request, p => ETags.Matches(http, p), ct);
        return await InventoryResults.UpdatedAsync(updated, http, id, async i => (await PrefixQueries.FindAsync(db, access.OrganizationId, i, ct))!, p => p.Version);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, PrefixAdministration admin, CancellationToken ct) =>
        InventoryResults.Deleted(await admin.DeleteAsync(await current.RequireAsync(ct), id, ct));
}

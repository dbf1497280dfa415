using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Network;

public static class PrefixEndpoints
{
    public static void MapPrefixes(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<IpPrefix, PrefixRequest, PrefixDto, PrefixAdministration>("prefixes", PrefixQueries.FindAsync, p => p.Version);
        var group = type.Map(inventory, "Inventory: IP prefixes", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (PrefixRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, PrefixRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/tree", PrefixSpaceEndpoints.TreeAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}/utilization", PrefixSpaceEndpoints.UtilizationAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}/next-free-prefix", PrefixSpaceEndpoints.NextFreePrefixAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}/next-free-address", PrefixSpaceEndpoints.NextFreeAddressAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}/free-ranges", PrefixSpaceEndpoints.FreeRangesAsync).RequirePermission(Permissions.InventoryRead);
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
        if (PrefixQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var (within, withinErrors) = ParseWithin(filter.Within);
        if (withinErrors is not null)
        {
            return Problems.Fields(withinErrors);
        }
        var access = await current.RequireAsync(ct);
        var prefixes = PrefixQueries.Filter(db, access.OrganizationId, filter, within, query.Q);
        return TypedResults.Ok(await PrefixQueries.Paging.PageAsync(prefixes, query, PrefixQueries.ToDto(db), ct));
    }
}

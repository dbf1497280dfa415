using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Network;

public static class IpAddressEndpoints
{
    public static void MapIpAddresses(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<IpAddress, IpAddressRequest, IpAddressDto, IpAddressAdministration>("ip-addresses", IpAddressQueries.FindAsync, a => a.Version);
        var group = type.Map(inventory, "Inventory: IP addresses", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (IpAddressRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, IpAddressRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<IpAddressDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] IpAddressFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (IpAddressQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var (within, withinErrors) = PrefixEndpoints.ParseWithin(filter.Within);
        if (withinErrors is not null)
        {
            return Problems.Fields(withinErrors);
        }
        var access = await current.RequireAsync(ct);
        var addresses = IpAddressQueries.Filter(db, access.OrganizationId, filter, within, query.Q);
        return TypedResults.Ok(await IpAddressQueries.Paging.PageAsync(addresses, query, IpAddressQueries.ToDto, ct));
    }
}

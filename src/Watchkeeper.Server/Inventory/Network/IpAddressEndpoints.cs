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
        var group = inventory.MapGroup("/ip-addresses").WithTags("Inventory: IP addresses");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}", GetAsync).RequirePermission(Permissions.InventoryRead);
        group.MapPost("/", CreateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", UpdateAsync).RequirePermission(Permissions.InventoryWrite);
        group.MapDelete("/{id:long}", DeleteAsync).RequirePermission(Permissions.InventoryWrite);
    }

    private static async Task<Results<Ok<Page<IpAddressDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] IpAddressQueries.IpAddressFilter filter, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
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

    private static async Task<Results<Ok<IpAddressDto>, ProblemHttpResult>> GetAsync(long id, HttpContext http, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        InventoryResults.Found(await IpAddressQueries.FindAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct), http, "IP address", a => a.Version);

    private static async Task<Results<Created<IpAddressDto>, ValidationProblem>> CreateAsync(IpAddressRequest request, CurrentAccess current, IpAddressAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        return await InventoryResults.CreatedAsync(await admin.CreateAsync(access, request, ct), "ip-addresses", a => a.Id,
            async id => (await IpAddressQueries.FindAsync(db, access.OrganizationId, id, ct))!);
    }

    private static async Task<Results<Ok<IpAddressDto>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        long id, IpAddressRequest request, HttpContext http, CurrentAccess current, IpAddressAdministration admin, WatchkeeperDb db, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var updated = await admin.UpdateAsync(access, id, request, a => ETags.Matches(http, a), ct);
        return await InventoryResults.UpdatedAsync(updated, http, id, async i => (await IpAddressQueries.FindAsync(db, access.OrganizationId, i, ct))!, a => a.Version);
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteAsync(long id, CurrentAccess current, IpAddressAdministration admin, CancellationToken ct) =>
        InventoryResults.Deleted(await admin.DeleteAsync(await current.RequireAsync(ct), id, ct));
}

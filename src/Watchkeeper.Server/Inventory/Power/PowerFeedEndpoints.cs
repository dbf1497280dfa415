using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Power;

public static class PowerFeedEndpoints
{
    public static void MapPowerFeeds(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<PowerFeed, PowerFeedRequest, PowerFeedDto, PowerFeedAdministration>("power-feeds", PowerFeedQueries.FindAsync, f => f.Version);
        var group = type.Map(inventory, "Inventory: power", Permissions.InventoryNetworkWrite);
        group.MapPost("/", (PowerFeedRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapPut("/{id:long}", (long id, PowerFeedRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryNetworkWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
        group.MapGet("/{id:long}/consumers", ConsumersAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<PowerFeedDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, long? panelId, long? siteId, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (PowerFeedQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var page = await PowerFeedQueries.Paging.PageAsync(PowerFeedQueries.Filter(db, access.OrganizationId, panelId, siteId, query.Q), query, PowerFeedQueries.ToDto, ct);
        return TypedResults.Ok(page with { Items = await PowerFeedQueries.WithLoadAsync(db, access.OrganizationId, page.Items, ct) });
    }

    private static async Task<Results<Ok<IReadOnlyList<PowerConsumerDto>>, ProblemHttpResult>> ConsumersAsync(long id, CurrentAccess current, WatchkeeperDb db, CancellationToken ct) =>
        await SupplyPower.FeedConsumersAsync(db, (await current.RequireAsync(ct)).OrganizationId, id, ct) is { } consumers
            ? TypedResults.Ok(consumers)
            : Problems.NotFound("Power feed");
}

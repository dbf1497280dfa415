using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Discovery.Jobs;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Discovery;

/// <summary>Discovery jobs: read with inventory.read, changed with inventory.import.</summary>
public static class DiscoveryJobEndpoints
{
    public static void MapDiscoveryJobs(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<DiscoveryJob, DiscoveryJobRequest, DiscoveryJobDto, DiscoveryJobAdministration>(
            "discovery/jobs", DiscoveryJobQueries.FindAsync, j => j.Version);
        var group = type.Map(inventory, "Inventory: discovery", Permissions.InventoryImport);
        group.MapPost("/", (DiscoveryJobRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryImport);
        group.MapPut("/{id:long}", (long id, DiscoveryJobRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryImport);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<DiscoveryJobDto>>, ValidationProblem>> ListAsync([AsParameters] ListQuery query, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (DiscoveryJobQueries.Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await DiscoveryJobQueries.PageAsync(db, access.OrganizationId, query, ct));
    }
}

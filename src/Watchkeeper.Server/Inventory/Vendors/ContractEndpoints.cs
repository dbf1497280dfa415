using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Inventory.Vendors;

public static class ContractEndpoints
{
    public static void MapContracts(this IEndpointRouteBuilder inventory)
    {
        var type = new InventoryTypeEndpoints<Contract, ContractRequest, ContractDto, ContractAdministration>("contracts", ContractQueries.FindAsync, c => c.Version);
        var group = type.Map(inventory, "Inventory: contracts");
        group.MapPost("/", (ContractRequest request, HttpContext http) => type.CreateAsync(request, http)).RequirePermission(Permissions.InventoryWrite);
        group.MapPut("/{id:long}", (long id, ContractRequest request, HttpContext http) => type.UpdateAsync(id, request, http)).RequirePermission(Permissions.InventoryWrite);
        group.MapGet("/", ListAsync).RequirePermission(Permissions.InventoryRead);
    }

    private static async Task<Results<Ok<Page<ContractDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, [AsParameters] ContractFilter filter, CurrentAccess current, WatchkeeperDb db, TimeProvider clock, CancellationToken ct)
    {
        var errors = new FieldErrors();
        errors.AddRange(ContractQueries.Paging.Validate(query));
        ContractQueries.Check(filter, errors);
        if (errors.ToError() is { } error)
        {
            return Problems.Fields(error);
        }
        var access = await current.RequireAsync(ct);
        var contracts = ContractQueries.Filter(db, access.OrganizationId, filter, query.Q, EndingReport.Today(clock));
        return TypedResults.Ok(await ContractQueries.Paging.PageAsync(contracts, query, ContractQueries.ToDto, ct));
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Data.Outbox;

/// <summary>Lets administrators see events that are waiting or failed, and retry failed ones.</summary>
public static class OutboxEndpoints
{
    private static readonly Keyset<OutboxMessage> Paging = new(m => m.Id, "id");

    public static void MapOutbox(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/system/events").WithTags("System");
        group.MapGet("/", ListAsync).RequirePermission(Permissions.SystemManage);
        group.MapPost("/{id:long}/retry", RetryAsync).RequirePermission(Permissions.SystemManage);
    }

    private static async Task<Results<Ok<Page<OutboxEventDto>>, ValidationProblem>> ListAsync(
        [AsParameters] ListQuery query, bool? failed, CurrentAccess current, FailedEvents events, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        return TypedResults.Ok(await Paging.PageAsync(events.Pending(access, failed), query, FailedEvents.ToDto, ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetryAsync(long id, CurrentAccess current, FailedEvents events, CancellationToken ct)
    {
        var retried = await events.RetryAsync(await current.RequireAsync(ct), id, ct);
        return retried.Error is { } error ? Problems.Of(error) : TypedResults.NoContent();
    }
}

using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
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
        [AsParameters] ListQuery query, bool? failed, CurrentAccess current, WatchkeeperDb db, CancellationToken ct)
    {
        if (Paging.Validate(query) is { Count: > 0 } errors)
        {
            return Problems.Fields(errors);
        }
        var access = await current.RequireAsync(ct);
        var events = db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAt == null && (m.OrganizationId == null || m.OrganizationId == access.OrganizationId));
        if (failed is not null)
        {
            events = events.Where(m => (m.FailedAt != null) == failed);
        }
        return TypedResults.Ok(await Paging.PageAsync(events, query,
            m => new OutboxEventDto(m.Id, m.Type, m.CreatedAt, m.Attempts, m.FailedAt == null ? m.AvailableAt : null, m.LastError, m.FailedAt != null), ct));
    }

    private static async Task<Results<NoContent, ProblemHttpResult>> RetryAsync(long id, CurrentAccess current, WatchkeeperDb db, OutboxSignal signal, TimeProvider clock, CancellationToken ct)
    {
        var access = await current.RequireAsync(ct);
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id && m.FailedAt != null
            && (m.OrganizationId == null || m.OrganizationId == access.OrganizationId), ct);
        if (message is null)
        {
            return Problems.NotFound("Failed event");
        }
        message.FailedAt = null;
        message.Attempts = 0;
        message.AvailableAt = clock.GetUtcNow();
        db.RecordEvent("event.retried", access.OrganizationId, "outbox_message", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return TypedResults.NoContent();
    }
}

using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Platform;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Data.Outbox;

/// <summary>Undelivered events as administrators see them, and retrying failed ones: shared by the API and the events page.</summary>
public sealed class FailedEvents(WatchkeeperDb db, OutboxSignal signal, TimeProvider clock)
{
    /// <summary>Events of the organization and instance-wide ones that are not delivered yet.</summary>
    public IQueryable<OutboxMessage> Pending(Access access, bool? failed)
    {
        var events = db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAt == null && (m.OrganizationId == null || m.OrganizationId == access.OrganizationId));
        return failed is null ? events : events.Where(m => (m.FailedAt != null) == failed);
    }

    public static System.Linq.Expressions.Expression<Func<OutboxMessage, OutboxEventDto>> ToDto { get; } =
        m => new OutboxEventDto(m.Id, m.Type, m.CreatedAt, m.Attempts, m.FailedAt == null ? m.AvailableAt : null, m.LastError, m.FailedAt != null);

    public async Task<Outcome<Done>> RetryAsync(Access access, long id, CancellationToken ct)
    {
        var message = await db.OutboxMessages.SingleOrDefaultAsync(m => m.Id == id && m.FailedAt != null
            && (m.OrganizationId == null || m.OrganizationId == access.OrganizationId), ct);
        if (message is null)
        {
            return OperationError.NotFound("Failed event");
        }
        message.FailedAt = null;
        message.Attempts = 0;
        message.AvailableAt = clock.GetUtcNow();
        db.RecordEvent("event.retried", access.OrganizationId, "outbox_message", id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await db.SaveChangesAsync(ct);
        signal.Notify();
        return Done.Value;
    }
}

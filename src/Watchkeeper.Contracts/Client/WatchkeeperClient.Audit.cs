using System.Globalization;

namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>One page of the audit log, newest first (<c>GET /audit</c>).</summary>
    /// <param name="query">Paging.</param>
    /// <param name="filter">What to look for.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<AuditEntryDto>> ListAuditAsync(ListQuery? query = null, AuditQuery? filter = null, CancellationToken cancellationToken = default)
    {
        var f = filter ?? new();
        var path = "api/v1/audit" + (query ?? new()).ToQueryString(
            ("action", f.Action), ("actor", f.Actor), ("objectType", f.ObjectType), ("objectId", f.ObjectId), ("from", Time(f.From)), ("to", Time(f.To)));
        return GetAsync<Page<AuditEntryDto>>(path, cancellationToken);
    }

    /// <summary>Walks the audit hash chain and reports whether it is intact (<c>GET /audit/verify</c>).</summary>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<AuditVerificationDto> VerifyAuditAsync(CancellationToken cancellationToken = default) =>
        GetAsync<AuditVerificationDto>("api/v1/audit/verify", cancellationToken);

    /// <summary>One page of domain events waiting for or failed in dispatch (<c>GET /system/events</c>).</summary>
    /// <param name="query">Paging.</param>
    /// <param name="failed">Only failed (true) or only waiting (false) events.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<OutboxEventDto>> ListSystemEventsAsync(ListQuery? query = null, bool? failed = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<OutboxEventDto>>("api/v1/system/events" + (query ?? new()).ToQueryString(("failed", Flag(failed))), cancellationToken);

    /// <summary>Queues a failed event for dispatch again (<c>POST /system/events/{id}/retry</c>).</summary>
    /// <param name="id">Event id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task RetrySystemEventAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Post, $"api/v1/system/events/{Id(id)}/retry", null, cancellationToken);

    private static string? Time(DateTimeOffset? value) => value?.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);
}

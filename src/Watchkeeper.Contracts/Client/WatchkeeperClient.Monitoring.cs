namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    private const string Checks = "api/v1/monitoring/checks";
    private const string Maintenance = "api/v1/monitoring/maintenance";

    /// <summary>One page of checks (<c>GET /monitoring/checks</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>) and <c>q</c> (part of the name).</param>
    /// <param name="filter">State, kind and watched item.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<CheckDto>> ListChecksAsync(ListQuery? query = null, CheckFilter? filter = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<CheckDto>>(Checks + (query ?? new()).ToQueryString(
            ("state", filter?.State?.ToString()), ("kind", filter?.Kind?.ToString()), ("itemId", filter?.ItemId is { } item ? Id(item) : null)), cancellationToken);

    /// <summary>One check with where it stands (<c>GET /monitoring/checks/{id}</c>).</summary>
    /// <param name="id">Check id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<CheckDto> GetCheckAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<CheckDto>($"{Checks}/{Id(id)}", cancellationToken);

    /// <summary>Creates a check (<c>POST /monitoring/checks</c>); it runs at once unless paused.</summary>
    /// <param name="request">The check's definition.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<CheckDto> CreateCheckAsync(CheckRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<CheckDto>(HttpMethod.Post, Checks, request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a check's definition (<c>PUT /monitoring/checks/{id}</c>); credentials left out keep the stored ones.</summary>
    /// <param name="id">Check id.</param>
    /// <param name="request">The whole definition.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<CheckDto> UpdateCheckAsync(long id, CheckRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<CheckDto>(HttpMethod.Put, $"{Checks}/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes a check with its results and history (<c>DELETE /monitoring/checks/{id}</c>).</summary>
    /// <param name="id">Check id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteCheckAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"{Checks}/{Id(id)}", null, cancellationToken);

    /// <summary>One page of a check's results, newest first (<c>GET /monitoring/checks/{id}/results</c>).</summary>
    /// <param name="id">Check id.</param>
    /// <param name="query">Paging and sort (<c>at</c>, default <c>-at</c>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<CheckResultDto>> ListCheckResultsAsync(long id, ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<CheckResultDto>>($"{Checks}/{Id(id)}/results" + (query ?? new()).ToQueryString(), cancellationToken);

    /// <summary>One page of a check's state changes, newest first (<c>GET /monitoring/checks/{id}/changes</c>).</summary>
    /// <param name="id">Check id.</param>
    /// <param name="query">Paging and sort (<c>at</c>, default <c>-at</c>).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<CheckStateChangeDto>> ListCheckChangesAsync(long id, ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<CheckStateChangeDto>>($"{Checks}/{Id(id)}/changes" + (query ?? new()).ToQueryString(), cancellationToken);

    /// <summary>Runs a check once as given and answers what it found, saving nothing (<c>POST /monitoring/checks/test</c>).</summary>
    /// <param name="request">The check's definition, credentials included.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<CheckTestDto> TestCheckAsync(CheckRequest request, CancellationToken cancellationToken = default) =>
        SendJsonAsync<CheckTestDto>(HttpMethod.Post, $"{Checks}/test", request, null, null, cancellationToken);

    /// <summary>One page of maintenance windows, each with where it stands now (<c>GET /monitoring/maintenance</c>).</summary>
    /// <param name="query">Paging, sort (<c>name</c>) and <c>q</c> (part of the name or reason).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<Page<MaintenanceWindowDto>> ListMaintenanceWindowsAsync(ListQuery? query = null, CancellationToken cancellationToken = default) =>
        GetAsync<Page<MaintenanceWindowDto>>(Maintenance + (query ?? new()).ToQueryString(), cancellationToken);

    /// <summary>One maintenance window (<c>GET /monitoring/maintenance/{id}</c>).</summary>
    /// <param name="id">Window id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<MaintenanceWindowDto> GetMaintenanceWindowAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<MaintenanceWindowDto>($"{Maintenance}/{Id(id)}", cancellationToken);

    /// <summary>Creates a maintenance window (<c>POST /monitoring/maintenance</c>); checks it covers move into it within seconds of its start.</summary>
    /// <param name="request">The window: when and what it covers.</param>
    /// <param name="idempotencyKey">Makes the call safe to retry.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<MaintenanceWindowDto> CreateMaintenanceWindowAsync(MaintenanceWindowRequest request, string? idempotencyKey = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<MaintenanceWindowDto>(HttpMethod.Post, Maintenance, request, null, idempotencyKey, cancellationToken);

    /// <summary>Replaces a maintenance window (<c>PUT /monitoring/maintenance/{id}</c>).</summary>
    /// <param name="id">Window id.</param>
    /// <param name="request">The whole window.</param>
    /// <param name="ifMatch">ETag the change expects; null skips the check.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<MaintenanceWindowDto> UpdateMaintenanceWindowAsync(long id, MaintenanceWindowRequest request, string? ifMatch = null, CancellationToken cancellationToken = default) =>
        SendJsonAsync<MaintenanceWindowDto>(HttpMethod.Put, $"{Maintenance}/{Id(id)}", request, ifMatch, null, cancellationToken);

    /// <summary>Deletes a maintenance window, ending it if it is in force (<c>DELETE /monitoring/maintenance/{id}</c>).</summary>
    /// <param name="id">Window id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task DeleteMaintenanceWindowAsync(long id, CancellationToken cancellationToken = default) =>
        SendNoContentAsync(HttpMethod.Delete, $"{Maintenance}/{Id(id)}", null, cancellationToken);

    /// <summary>A window's next stretches from now, the one in force first (<c>GET /monitoring/maintenance/{id}/occurrences</c>).</summary>
    /// <param name="id">Window id.</param>
    /// <param name="count">How many, 1 to 100; null for the server's default (10).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<IReadOnlyList<MaintenanceOccurrenceDto>> ListMaintenanceOccurrencesAsync(long id, int? count = null, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<MaintenanceOccurrenceDto>>($"{Maintenance}/{Id(id)}/occurrences" + (count is { } n ? $"?count={Id(n)}" : ""), cancellationToken);

    /// <summary>The checks a window covers now, through its checks, items, tags and dependencies (<c>GET /monitoring/maintenance/{id}/checks</c>).</summary>
    /// <param name="id">Window id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<IReadOnlyList<NamedRef>> ListMaintenanceChecksAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<IReadOnlyList<NamedRef>>($"{Maintenance}/{Id(id)}/checks", cancellationToken);

    /// <summary>A heartbeat check's ping URLs and its last pings (<c>GET /monitoring/checks/{id}/heartbeat</c>).</summary>
    /// <param name="id">Check id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<HeartbeatDto> GetHeartbeatAsync(long id, CancellationToken cancellationToken = default) =>
        GetAsync<HeartbeatDto>($"{Checks}/{Id(id)}/heartbeat", cancellationToken);

    /// <summary>Gives a heartbeat check a new ping token; the old URLs stop working at once (<c>POST /monitoring/checks/{id}/heartbeat/rotate</c>).</summary>
    /// <param name="id">Check id.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<HeartbeatDto> RotateHeartbeatTokenAsync(long id, CancellationToken cancellationToken = default) =>
        SendJsonAsync<HeartbeatDto>(HttpMethod.Post, $"{Checks}/{Id(id)}/heartbeat/rotate", null, null, null, cancellationToken);
}

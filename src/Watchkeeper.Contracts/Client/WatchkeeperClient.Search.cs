namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>
    /// Finds configuration items by name, IP address, serial, asset tag, hostname, FQDN, DNS name or tag, best matches
    /// first (<c>GET /inventory/search</c>).
    /// </summary>
    /// <param name="text">What to look for; <c>tag:web</c> looks for a tag only.</param>
    /// <param name="limit">At most this many hits (1–100, default 20).</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public Task<List<SearchHitDto>> SearchAsync(string text, int? limit = null, CancellationToken cancellationToken = default)
    {
        var path = $"api/v1/inventory/search?q={Uri.EscapeDataString(text)}" + (limit is { } l ? $"&limit={Id(l)}" : "");
        return GetAsync<List<SearchHitDto>>(path, cancellationToken);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace Watchkeeper.Contracts.Client;

public sealed partial class WatchkeeperClient
{
    /// <summary>
    /// Imports a file into one inventory type (<c>POST /inventory/imports</c>). Row errors that roll the
    /// import back are returned, not thrown: the result then has <c>Committed</c> false and lists them.
    /// </summary>
    /// <param name="type">The inventory type: <c>devices</c>, <c>sites</c>…</param>
    /// <param name="format"><c>csv</c> or <c>json</c>.</param>
    /// <param name="file">The file's content.</param>
    /// <param name="dryRun">Work everything out and write nothing.</param>
    /// <param name="partial">Commit the good rows even when others have errors.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<ImportResultDto> ImportInventoryAsync(
        string type, string format, Stream file, bool dryRun = false, bool partial = false, CancellationToken cancellationToken = default)
    {
        var path = $"api/v1/inventory/imports?type={Uri.EscapeDataString(type)}&format={Uri.EscapeDataString(format)}&dryRun={Flag(dryRun)}&partial={Flag(partial)}";
        var content = new StreamContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue(format == "json" ? "application/json" : "text/csv");
        using var request = CreateRequest(HttpMethod.Post, path, content);
        using var response = await http.SendAsync(request, cancellationToken);
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (response.StatusCode == HttpStatusCode.UnprocessableEntity)
        {
            using var problem = JsonDocument.Parse(body);
            if (problem.RootElement.TryGetProperty("result", out var result))
            {
                return result.Deserialize<ImportResultDto>(WatchkeeperJson.Options)!;
            }
        }
        if (!response.IsSuccessStatusCode)
        {
            throw new WatchkeeperApiException(ApiProblem.Parse((int)response.StatusCode, response.ReasonPhrase, body));
        }
        return JsonSerializer.Deserialize<ImportResultDto>(body, WatchkeeperJson.Options)!;
    }

    /// <summary>Writes every row of one inventory type, as import reads it (<c>GET /inventory/export/{type}</c>).</summary>
    /// <param name="type">The inventory type: <c>devices</c>, <c>sites</c>…</param>
    /// <param name="format"><c>csv</c> or <c>json</c>.</param>
    /// <param name="filters">The type's list filters (for devices: <c>siteId</c>, <c>kind</c>, <c>tag</c>, <c>cf.key</c>…).</param>
    /// <param name="destination">Where the file goes.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task ExportInventoryAsync(
        string type, string format, IEnumerable<KeyValuePair<string, string>> filters, Stream destination, CancellationToken cancellationToken = default)
    {
        var query = string.Concat(filters.Select(f => $"&{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"));
        using var request = CreateRequest(HttpMethod.Get, $"api/v1/inventory/export/{Uri.EscapeDataString(type)}?format={Uri.EscapeDataString(format)}{query}", (HttpContent?)null);
        using var response = await SendAsync(request, cancellationToken);
        await response.Content.CopyToAsync(destination, cancellationToken);
    }
}

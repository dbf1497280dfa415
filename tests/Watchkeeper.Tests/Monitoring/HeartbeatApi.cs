using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;
using Watchkeeper.Tests.Inventory;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>Heartbeat checks as the tests need them: made through the API, pinged over HTTP by an anonymous client, as a job would.</summary>
public static class HeartbeatApi
{
    public static async Task<(CheckDto Check, HeartbeatDto Heartbeat)> HeartbeatCheckAsync(this HttpClient client, object heartbeat)
    {
        var check = await client.CheckAsync(new { name = InventoryApi.Unique("backup"), kind = "Heartbeat", heartbeat });
        return (check, await client.HeartbeatOfAsync(check.Id));
    }

    public static Task<HeartbeatDto> HeartbeatOfAsync(this HttpClient client, long checkId) =>
        client.GetJsonAsync<HeartbeatDto>($"{CheckApi.Checks}/{checkId}/heartbeat");

    /// <summary>The path of a ping URL, for the test server's own client (the URL names the server's public address).</summary>
    public static string Path(string url, string suffix = "") => new Uri(url).AbsolutePath + suffix;

    public static async Task<(System.Net.HttpStatusCode Status, string Body)> PingAsync(this HttpClient job, HttpMethod method, string path, string? body = null)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = new StringContent(body);
        }
        using var response = await job.SendAsync(request);
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }

    public static async Task<CheckResultDto> LatestResultAsync(this HttpClient client, long checkId) =>
        (await client.GetJsonAsync<Page<CheckResultDto>>($"{CheckApi.Checks}/{checkId}/results")).Items[0];
}

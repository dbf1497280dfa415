using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>Arranging checks through the API, as the tests of the module need them.</summary>
public static class CheckApi
{
    public const string Checks = "/api/v1/monitoring/checks";

    public static Task<CheckDto> CheckAsync(this HttpClient client, object request) =>
        client.PostJsonAsync<CheckDto>(Checks, request, HttpStatusCode.Created);

    public static Task<CheckDto> HttpCheckAsync(this HttpClient client, string url, object? more = null) =>
        client.CheckAsync(new { name = Inventory.InventoryApi.Unique("web"), kind = "Http", http = more ?? new { url } });

    /// <summary>Waits until the check's status satisfies the condition, and answers the check as it then is.</summary>
    public static async Task<CheckDto> WaitForAsync(this HttpClient client, long id, Func<CheckDto, bool> condition, string because)
    {
        CheckDto check = null!;
        await Eventually.TrueAsync(async () => condition(check = await client.GetJsonAsync<CheckDto>($"{Checks}/{id}")), TimeSpan.FromSeconds(30), because);
        return check;
    }
}

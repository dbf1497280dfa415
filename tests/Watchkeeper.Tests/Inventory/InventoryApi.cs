using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

/// <summary>Arranges inventory through the API, with unique names so tests sharing a server never collide.</summary>
public static class InventoryApi
{
    public static string Unique(string name) => $"{name}-{Guid.NewGuid():N}"[..(name.Length + 9)];

    public static Task<SiteDto> SiteAsync(this HttpClient client, string? name = null) =>
        client.PostJsonAsync<SiteDto>("/api/v1/inventory/sites", new { name = name ?? Unique("site"), timeZone = "Europe/Berlin" }, HttpStatusCode.Created);

    public static Task<RackDto> RackAsync(this HttpClient client, long siteId, int heightU = 42, string numbering = "Ascending") =>
        client.PostJsonAsync<RackDto>("/api/v1/inventory/racks", new { siteId, name = Unique("rack"), heightU, numbering }, HttpStatusCode.Created);

    public static Task<DeviceTypeDto> DeviceTypeAsync(this HttpClient client, int heightU = 1, bool fullDepth = true) =>
        client.PostJsonAsync<DeviceTypeDto>("/api/v1/inventory/device-types",
            new { manufacturer = "Acme", model = Unique("m"), heightU, fullDepth, powerDrawWatts = 350 }, HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PostDeviceAsync(this HttpClient client, object device) =>
        client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/devices", device);

    public static async Task<DeviceDto> DeviceAsync(this HttpClient client, object device) =>
        await HttpJson.ReadAsync<DeviceDto>(await client.PostDeviceAsync(device), HttpStatusCode.Created);

    /// <summary>The field errors of a refused request.</summary>
    public static async Task<Dictionary<string, string[]>> FieldErrorsAsync(this Task<HttpResponseMessage> sending)
    {
        var problem = await (await sending).ProblemAsync(HttpStatusCode.BadRequest);
        return problem.Errors!;
    }
}

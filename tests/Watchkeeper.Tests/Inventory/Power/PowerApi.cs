using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory.Power;

/// <summary>Arranges panels, feeds, PDUs and cords through the API.</summary>
public static class PowerApi
{
    public static Task<PowerPanelDto> PanelAsync(this HttpClient client, long siteId) =>
        client.PostJsonAsync<PowerPanelDto>("/api/v1/inventory/power-panels", new { siteId, name = InventoryApi.Unique("pp") }, HttpStatusCode.Created);

    /// <summary>A 230 V 16 A single-phase feed at 80 %: 2,944 W.</summary>
    public static Task<PowerFeedDto> FeedAsync(this HttpClient client, long panelId, string type = "Primary") =>
        client.PostJsonAsync<PowerFeedDto>("/api/v1/inventory/power-feeds", new { panelId, name = InventoryApi.Unique("feed"), type }, HttpStatusCode.Created);

    public static async Task<DeviceDto> PoweredAsync(this HttpClient client, string kind, int? drawWatts, int? maxOutputWatts = null)
    {
        var type = await client.PostJsonAsync<DeviceTypeDto>("/api/v1/inventory/device-types",
            new { manufacturer = "Acme", model = InventoryApi.Unique("m"), heightU = 1, powerDrawWatts = drawWatts, maxOutputWatts }, HttpStatusCode.Created);
        return await client.DeviceAsync(new { name = InventoryApi.Unique(kind.ToLowerInvariant()), kind, deviceTypeId = type.Id });
    }

    public static Task<HttpResponseMessage> PostCordAsync(this HttpClient client, long deviceId, long? feedId = null, long? upstreamDeviceId = null) =>
        client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/power-connections", new { deviceId, feedId, upstreamDeviceId });

    public static async Task<PowerConnectionDto> CordAsync(this HttpClient client, long deviceId, long? feedId = null, long? upstreamDeviceId = null) =>
        await HttpJson.ReadAsync<PowerConnectionDto>(await client.PostCordAsync(deviceId, feedId, upstreamDeviceId), HttpStatusCode.Created);

    public static Task<PowerFeedDto> FeedAsync(this HttpClient client, PowerFeedDto feed) => client.GetJsonAsync<PowerFeedDto>($"/api/v1/inventory/power-feeds/{feed.Id}");
}

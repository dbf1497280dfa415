using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

/// <summary>Arranges services and teams through the API.</summary>
public static class ServiceApi
{
    public static Task<TeamDto> TeamAsync(this HttpClient client) =>
        client.PostJsonAsync<TeamDto>("/api/v1/teams", new { name = InventoryApi.Unique("team") }, HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PostServiceAsync(this HttpClient client, object service) =>
        client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/services", service);

    public static async Task<ServiceDto> ServiceAsync(this HttpClient client, object service) =>
        await HttpJson.ReadAsync<ServiceDto>(await client.PostServiceAsync(service), HttpStatusCode.Created);

    /// <summary>An active business service of the given tier, owned by a new team.</summary>
    public static async Task<ServiceDto> BusinessServiceAsync(this HttpClient client, int tier, bool visible = false, string status = "Active") =>
        await client.ServiceAsync(new
        {
            name = InventoryApi.Unique("shop"), kind = "BusinessService", tier, status, ownerTeamId = (await client.TeamAsync()).Id, visibleToRequesters = visible,
        });
}

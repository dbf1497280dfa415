using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

/// <summary>Arranges relationships and redundancy groups through the API.</summary>
public static class RelationshipApi
{
    public static Task<HttpResponseMessage> PostRelationshipAsync(this HttpClient client, long sourceId, long targetId, string type) =>
        client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/relationships", new { sourceId, targetId, type });

    public static async Task<RelationshipDto> RelateAsync(this HttpClient client, long sourceId, long targetId, string type) =>
        await HttpJson.ReadAsync<RelationshipDto>(await client.PostRelationshipAsync(sourceId, targetId, type), HttpStatusCode.Created);

    public static Task<RedundancyGroupDto> GroupAsync(this HttpClient client, int minimumHealthy) =>
        client.PostJsonAsync<RedundancyGroupDto>("/api/v1/inventory/redundancy-groups",
            new { name = InventoryApi.Unique("group"), minimumHealthy }, HttpStatusCode.Created);

    public static async Task<DeviceDto> DeviceNamedAsync(this HttpClient client, string name, string? criticality = null) =>
        await client.DeviceAsync(new { name = InventoryApi.Unique(name), criticality });
}

using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory.Network;

/// <summary>Arranges interfaces and cables through the API.</summary>
public static class CablingApi
{
    public static Task<HttpResponseMessage> PostInterfaceAsync(this HttpClient client, object iface) =>
        client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/interfaces", iface);

    public static async Task<InterfaceDto> InterfaceAsync(this HttpClient client, long deviceId, string name, string kind = "Base1000T", long? lagId = null) =>
        await HttpJson.ReadAsync<InterfaceDto>(await client.PostInterfaceAsync(new { deviceId, name, kind, lagId }), HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PostCableAsync(this HttpClient client, long aInterfaceId, long bInterfaceId) =>
        client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/cables", new { aInterfaceId, bInterfaceId, type = "Cat6", label = "C-1" });

    public static async Task<CableDto> CableAsync(this HttpClient client, long aInterfaceId, long bInterfaceId) =>
        await HttpJson.ReadAsync<CableDto>(await client.PostCableAsync(aInterfaceId, bInterfaceId), HttpStatusCode.Created);

    public static async Task<IReadOnlyList<RelationshipDto>> ConnectedToAsync(this HttpClient client, long deviceId) =>
        (await client.GetJsonAsync<Page<RelationshipDto>>($"/api/v1/inventory/relationships?itemId={deviceId}&type=ConnectedTo")).Items;
}

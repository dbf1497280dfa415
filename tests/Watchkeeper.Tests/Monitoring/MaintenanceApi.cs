using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>Arranging maintenance windows through the API.</summary>
public static class MaintenanceApi
{
    public const string Windows = "/api/v1/monitoring/maintenance";

    public static Task<MaintenanceWindowDto> WindowAsync(this HttpClient client, object request) =>
        client.PostJsonAsync<MaintenanceWindowDto>(Windows, request, HttpStatusCode.Created);

    /// <summary>A one-off window in force from a minute ago for an hour.</summary>
    public static Task<MaintenanceWindowDto> WindowNowAsync(this HttpClient client, long[] checkIds) =>
        client.WindowAsync(new
        {
            name = Inventory.InventoryApi.Unique("patching"), reason = "CHG-1042 kernel update",
            startsAt = DateTimeOffset.UtcNow.AddMinutes(-1), endsAt = DateTimeOffset.UtcNow.AddHours(1), checkIds,
        });
}

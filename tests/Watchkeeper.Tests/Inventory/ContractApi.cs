using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory;

/// <summary>Arranges vendors, contracts and custom fields through the API.</summary>
public static class ContractApi
{
    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    public static Task<VendorDto> VendorAsync(this HttpClient client, string? name = null) =>
        client.PostJsonAsync<VendorDto>("/api/v1/inventory/vendors", new { name = name ?? InventoryApi.Unique("vendor"), website = "https://vendor.example" }, HttpStatusCode.Created);

    public static Task<HttpResponseMessage> PostContractAsync(this HttpClient client, object contract) =>
        client.SendJsonAsync(HttpMethod.Post, "/api/v1/inventory/contracts", contract);

    public static Task<ContractDto> ContractAsync(this HttpClient client, long vendorId, DateOnly endDate, params long[] coveredItemIds) =>
        client.PostJsonAsync<ContractDto>("/api/v1/inventory/contracts",
            new { vendorId, reference = InventoryApi.Unique("C"), startDate = endDate.AddYears(-1), endDate, coveredItemIds }, HttpStatusCode.Created);

    public static Task<CustomFieldDto> CustomFieldAsync(this HttpClient client, string kind, string? key = null, bool required = false, string[]? choices = null) =>
        client.PostJsonAsync<CustomFieldDto>("/api/v1/inventory/custom-fields",
            new { itemKind = "Device", key = key ?? InventoryApi.Unique("f").ToLowerInvariant(), label = "Field", kind, required, choices }, HttpStatusCode.Created);
}

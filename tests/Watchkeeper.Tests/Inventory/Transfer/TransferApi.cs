using System.Net;
using System.Text;
using System.Text.Json;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Inventory.Transfer;

/// <summary>Imports and exports through the API, each test in an organization of its own so exports hold only its rows.</summary>
public static class TransferApi
{
    public static async Task<HttpClient> NewOrganizationAsync(this WatchkeeperFactory factory)
    {
        var admin = await factory.AdminAsync();
        var slug = $"org-{Guid.NewGuid():N}"[..20];
        await admin.Client.PostJsonAsync<OrganizationDto>("/api/v1/organizations", new { name = slug, slug }, HttpStatusCode.Created);
        return (await TestUser.LogInAsync(factory, admin.Id, admin.Email, WatchkeeperFactory.AdminPassword, slug)).Client;
    }

    public static Task<HttpResponseMessage> SendImportAsync(this HttpClient client, string type, string file, string options = "", string format = "csv") =>
        client.PostAsync($"/api/v1/inventory/imports?type={type}&format={format}{options}",
            new StringContent(file, Encoding.UTF8, format == "csv" ? "text/csv" : "application/json"));

    public static async Task<ImportResultDto> ImportAsync(this HttpClient client, string type, string file, string options = "", string format = "csv") =>
        await HttpJson.ReadAsync<ImportResultDto>(await client.SendImportAsync(type, file, options, format), HttpStatusCode.OK);

    /// <summary>The result of an import that was rolled back because of row errors.</summary>
    public static async Task<ImportResultDto> RolledBackAsync(this HttpClient client, string type, string file)
    {
        var response = await client.SendImportAsync(type, file);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.UnprocessableEntity, text);
        return JsonDocument.Parse(text).RootElement.GetProperty("result").Deserialize<ImportResultDto>(HttpJson.Options)!;
    }

    public static async Task<string> ExportAsync(this HttpClient client, string type, string query = "")
    {
        using var response = await client.GetAsync($"/api/v1/inventory/export/{type}?format=csv{query}");
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, text);
        return text;
    }
}

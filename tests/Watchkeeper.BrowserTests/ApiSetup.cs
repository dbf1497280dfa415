using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Watchkeeper.Testing;

namespace Watchkeeper.BrowserTests;

/// <summary>Arranging a test through the public API, so the browser only does what the test is about.</summary>
public static class ApiSetup
{
    public const string AdminEmail = "admin@example.test";

    /// <returns>An API client acting as the new first administrator.</returns>
    public static async Task<HttpClient> CreateAdministratorAsync(ServerProcess server)
    {
        var api = server.CreateClient();
        var token = Uri.UnescapeDataString(new Uri(await server.SetupLinkAsync()).Query.Split("token=")[1]);
        (await api.PostAsJsonAsync("/api/v1/setup", new { token, email = AdminEmail, displayName = "Ada Admin", password = WatchkeeperUi.Password })).EnsureSuccessStatusCode();
        var login = await api.PostAsJsonAsync("/api/v1/auth/token", new { email = AdminEmail, password = WatchkeeperUi.Password, tokenName = "browser test" });
        var secret = (await login.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("secret").GetString();
        api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", secret);
        return api;
    }

    /// <returns>The new user's id.</returns>
    public static async Task<long> CreateUserAsync(HttpClient api, string email, string displayName, string roleName)
    {
        var roles = await api.GetFromJsonAsync<JsonElement>("/api/v1/roles");
        var roleId = roles.GetProperty("items").EnumerateArray().Single(r => r.GetProperty("name").GetString() == roleName).GetProperty("id").GetInt64();
        var created = await api.PostAsJsonAsync("/api/v1/users", new { email, displayName, password = WatchkeeperUi.Password, roleId });
        return (await created.EnsureSuccessStatusCode().Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetInt64();
    }
}

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Watchkeeper.Contracts;
using Watchkeeper.Testing;

namespace Watchkeeper.Bench;

/// <summary>The first administrator and a personal API token, made through the public API as a new user would.</summary>
public sealed record Administrator(string Email, string TokenSecret, long UserId, long OrganizationId)
{
    private const string Password = "benchmark-password-1";

    /// <summary>The server's JSON: web defaults with enums as strings.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<Administrator> CreateAsync(ServerProcess server, CancellationToken ct)
    {
        var link = new Uri(await server.SetupLinkAsync());
        var setupToken = Uri.UnescapeDataString(link.Query["?token=".Length..]);
        const string email = "bench@example.com";
        using var http = server.CreateClient();
        var user = await PostAsync<UserRef>(http, "/api/v1/setup", new CompleteSetupRequest(setupToken, email, "Benchmark", Password), ct);
        var token = await PostAsync<CreatedTokenDto>(http, "/api/v1/auth/token", new LoginTokenRequest(email, Password, TokenName: "benchmark"), ct);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.Secret);
        var me = await http.GetFromJsonAsync<WhoAmIDto>("/api/v1/me", Json, ct) ?? throw new InvalidOperationException("/me answered null.");
        return new Administrator(email, token.Secret, user.Id, me.Organization.Id);
    }

    private static async Task<T> PostAsync<T>(HttpClient http, string path, object body, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(path, body, Json, ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(ct)}");
        }
        return await response.Content.ReadFromJsonAsync<T>(Json, ct) ?? throw new InvalidOperationException($"POST {path} answered null.");
    }
}

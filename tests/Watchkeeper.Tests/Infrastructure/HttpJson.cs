using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Watchkeeper.Tests.Infrastructure;

/// <summary>JSON over HTTP for tests, failing with the server's problem details when the status is unexpected.</summary>
public static class HttpJson
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() },
    };

    public static async Task<T> GetJsonAsync<T>(this HttpClient client, string path)
    {
        using var response = await client.GetAsync(path);
        return await ReadAsync<T>(response, HttpStatusCode.OK);
    }

    public static async Task<T> PostJsonAsync<T>(this HttpClient client, string path, object body, HttpStatusCode? expected = null)
    {
        using var response = await client.PostAsJsonAsync(path, body, Options);
        return await ReadAsync<T>(response, expected);
    }

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode? expected = null)
    {
        var text = await response.Content.ReadAsStringAsync();
        var ok = expected is null ? response.IsSuccessStatusCode : response.StatusCode == expected;
        Assert.True(ok, $"{response.RequestMessage?.Method} {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Options)!;
    }

    public static async Task<Problem> ProblemAsync(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        return JsonSerializer.Deserialize<Problem>(text, Options)!;
    }

    public static Task<HttpResponseMessage> SendJsonAsync(this HttpClient client, HttpMethod method, string path, object? body = null, Action<HttpRequestMessage>? configure = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (body is not null)
        {
            request.Content = body is string raw
                ? new StringContent(raw, System.Text.Encoding.UTF8, "application/json")
                : JsonContent.Create(body, options: Options);
        }
        configure?.Invoke(request);
        return client.SendAsync(request);
    }
}

/// <summary>An RFC 9457 problem as the API returns it.</summary>
public sealed record Problem(string? Title, int Status, string? Detail, Dictionary<string, string[]>? Errors);

using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Watchkeeper.Contracts.Client;

/// <summary>
/// Typed client of the Watchkeeper API (<c>/api/v1</c>). Every failure answer becomes a
/// <see cref="WatchkeeperApiException"/>. Credentials are set per request, so one
/// <see cref="HttpClient"/> can serve several clients.
/// </summary>
/// <param name="http">The HTTP client to send with; its own base address is not used.</param>
/// <param name="baseUrl">The server's address, e.g. <c>https://watchkeeper.example.com/</c>; a path prefix is kept.</param>
/// <param name="token">The API token (<c>wk_…</c>) sent as bearer, or null for anonymous calls.</param>
/// <param name="organization">Organization id or slug to act in; null means the token's (or the user's first).</param>
public sealed partial class WatchkeeperClient(HttpClient http, Uri baseUrl, string? token = null, string? organization = null)
{
    /// <summary>Header that chooses the organization a request acts in.</summary>
    public const string OrganizationHeader = "X-Watchkeeper-Organization";

    /// <summary>Header that makes a POST safe to retry.</summary>
    public const string IdempotencyKeyHeader = "Idempotency-Key";

    private readonly Uri root = baseUrl.AbsoluteUri.EndsWith('/') ? baseUrl : new Uri(baseUrl.AbsoluteUri + "/");

    /// <summary>The server's address.</summary>
    public Uri BaseUrl => root;

    /// <summary>The API token sent as bearer, if any.</summary>
    public string? Token => token;

    /// <summary>The organization requests act in, if chosen.</summary>
    public string? Organization => organization;

    /// <summary>
    /// Sends any request and returns the JSON answer (null for an empty one): the way to reach
    /// endpoints this client has no method for.
    /// </summary>
    /// <param name="method">HTTP method.</param>
    /// <param name="path">Path relative to the server, e.g. <c>/api/v1/me</c>, with any query string.</param>
    /// <param name="body">JSON body, if any.</param>
    /// <param name="headers">Extra request headers, e.g. <c>If-Match</c>.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    public async Task<JsonElement?> SendAsync(
        HttpMethod method, string path, JsonElement? body = null, IEnumerable<KeyValuePair<string, string>>? headers = null,
        CancellationToken cancellationToken = default)
    {
        using var request = CreateRequest(method, path, body is { } json ? JsonContent.Create(json, options: WatchkeeperJson.Options) : null);
        foreach (var (name, value) in headers ?? [])
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }
        using var response = await SendAsync(request, cancellationToken);
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    /// <summary>Walks a list from its first page to its last, fetching each page when it is reached.</summary>
    /// <typeparam name="T">The item type.</typeparam>
    /// <param name="fetchPage">Fetches the page at a cursor (null for the first), e.g. <c>(c, ct) =&gt; client.ListUsersAsync(new ListQuery(Cursor: c), cancellationToken: ct)</c>.</param>
    /// <param name="cancellationToken">Stops the walk.</param>
    public static async IAsyncEnumerable<T> ReadAllAsync<T>(
        Func<string?, CancellationToken, Task<Page<T>>> fetchPage, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        string? cursor = null;
        do
        {
            var page = await fetchPage(cursor, cancellationToken);
            foreach (var item in page.Items)
            {
                yield return item;
            }
            cursor = page.NextCursor;
        }
        while (cursor is not null);
    }

    private async Task<T> GetAsync<T>(string path, CancellationToken cancellationToken)
    {
        using var request = CreateRequest(HttpMethod.Get, path, null);
        return await ReadAsync<T>(request, cancellationToken);
    }

    private async Task<T> SendJsonAsync<T>(HttpMethod method, string path, object? body, string? ifMatch, string? idempotencyKey, CancellationToken cancellationToken)
    {
        using var request = CreateRequest(method, path, body, ifMatch, idempotencyKey);
        return await ReadAsync<T>(request, cancellationToken);
    }

    private async Task SendNoContentAsync(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = CreateRequest(method, path, body);
        using var _ = await SendAsync(request, cancellationToken);
    }

    private async Task<T> ReadAsync<T>(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(request, cancellationToken);
        return await ReadAsync<T>(response, cancellationToken);
    }

    private static async Task<T> ReadAsync<T>(HttpResponseMessage response, CancellationToken cancellationToken) =>
        await response.Content.ReadFromJsonAsync<T>(WatchkeeperJson.Options, cancellationToken)
        ?? throw new JsonException($"The server answered {(int)response.StatusCode} with an empty body where {typeof(T).Name} was expected.");

    private HttpRequestMessage CreateRequest(HttpMethod method, string path, object? body, string? ifMatch = null, string? idempotencyKey = null) =>
        CreateRequest(method, path, body is null ? null : JsonContent.Create(body, body.GetType(), options: WatchkeeperJson.Options), ifMatch, idempotencyKey);

    private HttpRequestMessage CreateRequest(HttpMethod method, string path, HttpContent? content, string? ifMatch = null, string? idempotencyKey = null)
    {
        var request = new HttpRequestMessage(method, new Uri(root, path.TrimStart('/'))) { Content = content };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (!string.IsNullOrEmpty(token))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (!string.IsNullOrEmpty(organization))
        {
            request.Headers.Add(OrganizationHeader, organization);
        }
        if (!string.IsNullOrEmpty(ifMatch))
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        if (!string.IsNullOrEmpty(idempotencyKey))
        {
            request.Headers.Add(IdempotencyKeyHeader, idempotencyKey);
        }
        return request;
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var response = await http.SendAsync(request, cancellationToken);
        if (response.IsSuccessStatusCode)
        {
            return response;
        }
        using (response)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            throw new WatchkeeperApiException(ApiProblem.Parse((int)response.StatusCode, response.ReasonPhrase, body));
        }
    }

    private static string Id(long id) => id.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static string? Flag(bool? value) => value switch { null => null, true => "true", false => "false" };
}

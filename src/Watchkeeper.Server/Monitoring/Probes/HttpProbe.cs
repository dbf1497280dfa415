using System.Net.Http.Headers;
using System.Net.Security;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>
/// Runs an HTTP(S) check: one request on a fresh connection (so every run measures DNS, connect and TLS, as a new
/// visitor would see them), then the verdict from the status, the body assertions and the time taken. Connections
/// go through <see cref="TargetPolicy"/>, so a refused address is never reached, redirects included.
/// </summary>
public sealed class HttpProbe(TargetPolicy policy)
{
    /// <summary>The most of a body read for its assertions; the rest is not downloaded.</summary>
    public const int MaxBody = 1024 * 1024;
    private const int EvidenceBody = 1000;
    private const int MaxRedirects = 10;

    public async Task<ProbeOutcome> RunAsync(HttpCheckSettings settings, TimeSpan timeout, CancellationToken ct)
    {
        var phases = new HttpPhases();
        using var handler = Handler(settings, phases);
        using var client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            using var request = Request(settings);
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, deadline.Token);
            phases.FirstByte();
            var body = await ReadBodyAsync(response, deadline.Token);
            phases.Finished();
            return Judge(settings, response, body, phases);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return ProbeOutcome.Down($"No answer within {timeout.TotalSeconds:0.#} s.", phases.TotalMs, phases.ToEvidence());
        }
        catch (HttpRequestException e)
        {
            return ProbeOutcome.Down(Reason(e), phases.TotalMs, phases.ToEvidence());
        }
    }

    private SocketsHttpHandler Handler(HttpCheckSettings settings, HttpPhases phases) => new()
    {
        AllowAutoRedirect = settings.FollowRedirects,
        MaxAutomaticRedirections = MaxRedirects,
        UseCookies = false,
        PooledConnectionLifetime = TimeSpan.Zero,
        AutomaticDecompression = System.Net.DecompressionMethods.All,
        SslOptions = settings.VerifyTls ? new SslClientAuthenticationOptions() : AnyCertificate(),
        ConnectCallback = async (context, token) =>
        {
            var socket = await ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, phases, token);
            return new NetworkStream(socket, ownsSocket: true);
        },
        // Called once the connection is ready for HTTP: after the TLS handshake on https.
        PlaintextStreamFilter = (context, _) =>
        {
            if (context.InitialRequestMessage.RequestUri?.Scheme == Uri.UriSchemeHttps)
            {
                phases.Secured();
            }
            return ValueTask.FromResult(context.PlaintextStream);
        },
    };

    // The person who set up the check turned verification off for this target (an internal self-signed service).
#pragma warning disable CA5359
    private static SslClientAuthenticationOptions AnyCertificate() => new() { RemoteCertificateValidationCallback = (_, _, _, _) => true };
#pragma warning restore CA5359

    private async Task<Socket> ConnectAsync(string host, int port, HttpPhases phases, CancellationToken ct)
    {
        var addresses = await TargetPolicy.ResolveAsync(host, ct);
        phases.Resolved();
        var socket = await policy.ConnectAsync(addresses, host, port, ct);
        phases.Connected();
        return socket;
    }

    private static HttpRequestMessage Request(HttpCheckSettings settings)
    {
        var request = new HttpRequestMessage(new HttpMethod((settings.Method ?? "GET").ToUpperInvariant()), settings.Url);
        request.Headers.UserAgent.ParseAdd("Watchkeeper-Monitoring/1");
        foreach (var (name, value) in settings.Headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        if (settings.BearerToken is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        else if (settings.BasicUser is { Length: > 0 } user)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{settings.BasicPassword}")));
        }
        if (settings.Body is { } body)
        {
            request.Content = new StringContent(body, Encoding.UTF8, settings.ContentType ?? "application/json");
        }
        return request;
    }

    private static async Task<string> ReadBodyAsync(HttpResponseMessage response, CancellationToken ct)
    {
        await using var stream = await response.Content.ReadAsStreamAsync(ct);
        var buffer = new byte[MaxBody];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(read), ct)) > 0)
        {
            read += n;
        }
        return Encoding.UTF8.GetString(buffer, 0, read);
    }

    private static ProbeOutcome Judge(HttpCheckSettings settings, HttpResponseMessage response, string body, HttpPhases phases)
    {
        var evidence = phases.ToEvidence();
        var status = (int)response.StatusCode;
        evidence["status"] = $"{status} {response.ReasonPhrase}";
        evidence["body"] = body.Length <= EvidenceBody ? body : body[..EvidenceBody] + "…";
        var total = phases.TotalMs;
        var failure = Failure(settings, status, body);
        if (failure is not null)
        {
            return ProbeOutcome.Down(failure, total, evidence);
        }
        if (settings.DegradedAboveMs is { } slow && total > slow)
        {
            return new ProbeOutcome(CheckState.Degraded, $"{status} in {total:0} ms, slower than {slow} ms.", total, evidence);
        }
        return new ProbeOutcome(CheckState.Up, $"{status} in {total:0} ms.", total, evidence);
    }

    private static string? Failure(HttpCheckSettings settings, int status, string body)
    {
        var expected = StatusCodeSet.Parse(settings.ExpectedStatus, out _) ?? StatusCodeSet.Parse(null, out _)!;
        if (!expected.Contains(status))
        {
            return $"Status {status}, expected {settings.ExpectedStatus ?? StatusCodeSet.Default}.";
        }
        if (settings.BodyContains is { Length: > 0 } wanted && !body.Contains(wanted, StringComparison.Ordinal))
        {
            return $"The body does not contain \"{wanted}\".";
        }
        if (settings.BodyNotContains is { Length: > 0 } unwanted && body.Contains(unwanted, StringComparison.Ordinal))
        {
            return $"The body contains \"{unwanted}\".";
        }
        if (settings.BodyRegex is { Length: > 0 } pattern && !Regex.IsMatch(body, pattern, RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            return $"The body does not match /{pattern}/.";
        }
        return settings.JsonPath is { Length: > 0 } path ? JsonFailure(path, settings.JsonEquals, body) : null;
    }

    private static string? JsonFailure(string path, string? expected, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var value = JsonPathValue.Find(json.RootElement, JsonPathValue.Parse(path) ?? []);
            return value is null ? $"The body has nothing at {path}."
                : expected is not null && value != expected ? $"{path} is \"{value}\", expected \"{expected}\"." : null;
        }
        catch (JsonException)
        {
            return $"The body is not JSON, so {path} cannot be read.";
        }
    }

    private static string Reason(HttpRequestException e) => e.InnerException switch
    {
        ProbeFailedException refused => refused.Message,
        SocketException socket => $"Cannot connect: {socket.Message}",
        System.Security.Authentication.AuthenticationException tls => $"TLS failed: {tls.InnerException?.Message ?? tls.Message}",
        _ => e.Message,
    };
}

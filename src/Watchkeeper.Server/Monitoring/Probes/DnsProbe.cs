using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using DnsClient;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>
/// Runs a DNS check: one query, no cache, no retry, to the resolver named in the check (reached only where
/// <see cref="TargetPolicy"/> permits) or to the server's own resolvers. The server's resolvers are the administrator's
/// choice, not the check author's, so they are used as configured even on loopback (a local caching resolver).
/// </summary>
public sealed class DnsProbe(TargetPolicy policy)
{
    public const int DefaultPort = 53;

    public async Task<ProbeOutcome> RunAsync(DnsCheckSettings settings, TimeSpan timeout, CancellationToken ct)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var client = new LookupClient(await OptionsAsync(settings.Resolver, timeout, deadline.Token));
            var name = settings.Name.Trim();
            var response = settings.RecordType == DnsRecordType.PTR && IPAddress.TryParse(name, out var address)
                ? await client.QueryReverseAsync(address, deadline.Token)
                : await client.QueryAsync(name, Enum.Parse<QueryType>(settings.RecordType.ToString()), QueryClass.IN, deadline.Token);
            return DnsVerdict.Judge(settings, response, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return ProbeOutcome.Down($"No answer within {timeout.TotalSeconds:0.#} s.", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (DnsResponseException e)
        {
            var reason = e.Code == DnsResponseCode.ConnectionTimeout ? $"No answer within {timeout.TotalSeconds:0.#} s" : e.DnsError;
            return ProbeOutcome.Down($"{reason} from {settings.Resolver ?? "the server's resolvers"}.", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
        catch (ProbeFailedException e)
        {
            return ProbeOutcome.Down(e.Message);
        }
        catch (SocketException e)
        {
            return ProbeOutcome.Down($"The resolver {settings.Resolver} does not resolve: {e.Message}");
        }
    }

    private async Task<LookupClientOptions> OptionsAsync(string? resolver, TimeSpan timeout, CancellationToken ct)
    {
        var options = HostAndPort.TryParse(resolver, DefaultPort, out var server)
            ? new LookupClientOptions(new NameServer(await policy.ResolvePermittedAsync(server.Host, ct), server.Port))
            : new LookupClientOptions();
        (options.Timeout, options.Retries, options.UseCache, options.ThrowDnsErrors) = (timeout, 0, false, false);
        // What the first resolver answers is the verdict; asking the next one after an error would hide it.
        options.ContinueOnDnsError = false;
        options.UseTcpFallback = true;
        return options;
    }
}

/// <summary>A DNS answer's verdict: the response code, the answers of the type asked for and the one expected among them.</summary>
public static class DnsVerdict
{
    private const int MaxAnswersShown = 20;

    public static ProbeOutcome Judge(DnsCheckSettings settings, IDnsQueryResponse response, double elapsedMs)
    {
        var type = settings.RecordType;
        var answers = response.Answers.Where(r => r.RecordType.ToString() == type.ToString()).Select(DnsAnswer.Of).ToList();
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["resolver"] = response.NameServer?.ToString() ?? "",
            ["responseCode"] = response.Header.ResponseCode.ToString(),
            ["queryMs"] = elapsedMs.ToString("0.0", CultureInfo.InvariantCulture),
            ["answers"] = string.Join('\n', answers.Take(MaxAnswersShown).Select(a => a.Text)),
        };
        if (response.Answers.Count > 0)
        {
            evidence["ttl"] = response.Answers.Min(r => r.TimeToLive).ToString(CultureInfo.InvariantCulture);
        }
        var asked = $"{type} {settings.Name.Trim()}";
        if (response.HasError)
        {
            return ProbeOutcome.Down($"{asked}: {response.Header.ResponseCode} ({response.ErrorMessage}).", elapsedMs, evidence);
        }
        if (answers.Count == 0)
        {
            return ProbeOutcome.Down($"{asked}: no {type} record.", elapsedMs, evidence);
        }
        var shown = string.Join(", ", answers.Take(5).Select(a => a.Text)) + (answers.Count > 5 ? ", …" : "");
        if (settings.Expected is { Length: > 0 } expected && !answers.Exists(a => a.Matches(expected)))
        {
            return ProbeOutcome.Down($"{asked}: \"{expected}\" is not among the answers ({shown}).", elapsedMs, evidence);
        }
        if (settings.DegradedAboveMs is { } slow && elapsedMs > slow)
        {
            return new ProbeOutcome(CheckState.Degraded, ProbeOutcome.Shorten($"{asked} answered in {elapsedMs:0} ms, slower than {slow} ms: {shown}."), elapsedMs, evidence);
        }
        return new ProbeOutcome(CheckState.Up, ProbeOutcome.Shorten($"{asked} in {elapsedMs:0} ms: {shown}."), elapsedMs, evidence);
    }
}

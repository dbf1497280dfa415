using System.Diagnostics;
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
            return ProbeOutcome.Down($"Cannot ask {settings.Resolver ?? "the server's resolvers"}: {e.Message}", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    private async Task<LookupClientOptions> OptionsAsync(string? resolver, TimeSpan timeout, CancellationToken ct)
    {
        var options = HostAndPort.TryParse(resolver, DefaultPort, out var server)
            ? new LookupClientOptions(new NameServer(await ResolverAddressAsync(server.Host, ct), server.Port))
            : new LookupClientOptions();
        (options.Timeout, options.Retries, options.UseCache, options.ThrowDnsErrors) = (timeout, 0, false, false);
        // What the first resolver answers is the verdict; asking the next one after an error would hide it.
        options.ContinueOnDnsError = false;
        options.UseTcpFallback = true;
        return options;
    }

    private async Task<IPAddress> ResolverAddressAsync(string host, CancellationToken ct)
    {
        try
        {
            return await policy.ResolvePermittedAsync(host, ct);
        }
        catch (SocketException e)
        {
            throw new ProbeFailedException($"The resolver {host} does not resolve: {e.Message}");
        }
    }
}

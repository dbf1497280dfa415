using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>A TCP check's settings as options.</summary>
public sealed class TcpCheckOptions : CheckKindOptions
{
    private readonly Option<string> host = new("--host") { Description = "Host name or IP address", Required = true };
    private readonly Option<int> port = new("--port") { Description = "Port, 1–65535", Required = true };
    private readonly Option<string?> send = new("--send") { Description = @"Text to send once connected; \r and \n are sent as line breaks" };
    private readonly Option<string?> expect = new("--expect") { Description = "Text the answer must contain" };
    private readonly Option<int?> degradedAboveMs = new("--degraded-above-ms") { Description = "A connect (and answer) slower than this many milliseconds is degraded" };

    public override CheckKind Kind => CheckKind.Tcp;

    public override string Description => "A TCP connect, optionally sending a line and expecting an answer";

    public override Symbol[] All => [host, port, send, expect, degradedAboveMs];

    public override CheckRequest Apply(Session s, CheckRequest request) => request with
    {
        Tcp = new TcpCheckSettings(s.Value(host)!, s.Value(port), s.Value(send), s.Value(expect), s.Value(degradedAboveMs)),
    };

    public override string? Target(CheckDto check) => check.Tcp is { } tcp ? $"{tcp.Host}:{Format.Number(tcp.Port)}" : null;

    public override IEnumerable<(string Key, string? Value)> Settings(CheckDto check)
    {
        if (check.Tcp is not { } tcp)
        {
            yield break;
        }
        yield return ("Send", tcp.Send);
        yield return ("Expect", tcp.Expect);
        yield return ("Degraded above", tcp.DegradedAboveMs is { } ms ? $"{Format.Number(ms)} ms" : null);
    }
}

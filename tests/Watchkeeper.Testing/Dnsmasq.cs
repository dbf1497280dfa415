using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Watchkeeper.Testing;

/// <summary>
/// A real DNS server (dnsmasq, Debian package dnsmasq-base) on a free loopback port, answering only the records a test
/// gives it: no upstream servers, no /etc/hosts, no system configuration, and authoritative for its local domains, so a
/// name it does not know is NXDOMAIN rather than a question passed on.
/// </summary>
public sealed class Dnsmasq : IAsyncDisposable
{
    public const string Executable = "/usr/sbin/dnsmasq";
    public const string Package = "dnsmasq-base";

    private readonly Process process;

    private Dnsmasq(Process process, int port) => (this.process, Port) = (process, port);

    public int Port { get; }

    public string Resolver => $"127.0.0.1:{Port}";

    /// <param name="records">dnsmasq options that define records: <c>--address=/web.example.test/10.0.0.1</c>, <c>--txt-record=…</c>, <c>--mx-host=…</c>, <c>--local=/example.test/</c>.</param>
    public static async Task<Dnsmasq> StartAsync(params string[] records)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: install the Debian package {Package} (./test.sh does as root).");
        }
        var port = FreePort();
        var start = new ProcessStartInfo(Executable) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in new[]
        {
            "--keep-in-foreground", "--log-facility=-", "--conf-file=/dev/null", "--pid-file=", "--no-resolv", "--no-hosts", "--no-poll",
            "--bind-interfaces", "--listen-address=127.0.0.1", $"--port={port}", "--cache-size=0",
        }.Concat(records))
        {
            start.ArgumentList.Add(argument);
        }
        var server = new Dnsmasq(Process.Start(start) ?? throw new InvalidOperationException("dnsmasq did not start."), port);
        await server.WaitUntilListeningAsync();
        return server;
    }

    /// <summary>dnsmasq logs "started" once its sockets are bound; a query before that would be lost.</summary>
    private async Task WaitUntilListeningAsync()
    {
        if (await ReadyLine.WaitAsync(process, l => l.Contains("started, version", StringComparison.Ordinal), TimeSpan.FromSeconds(15)) is { } printed)
        {
            await DisposeAsync();
            throw new InvalidOperationException($"dnsmasq did not start on port {Port}:\n{printed}");
        }
    }

    /// <summary>A port free for both UDP and TCP, since dnsmasq listens on both.</summary>
    private static int FreePort()
    {
        while (true)
        {
            var port = LoopbackPorts.FreeTcp();
            try
            {
                using var udp = new UdpClient(new IPEndPoint(IPAddress.Loopback, port));
                return port;
            }
            catch (SocketException)
            {
                // Taken for UDP; try another.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}

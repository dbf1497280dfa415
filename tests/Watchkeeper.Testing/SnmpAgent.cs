using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Watchkeeper.Testing;

/// <summary>
/// A real net-snmp agent (Debian package snmpd) on a free loopback UDP port with its own configuration
/// and persistent-state directory, so it never reads or writes the system's. The configuration grants
/// one read-only community to the whole tree; tests add sysName, overrides for LLDP rows and so on.
/// </summary>
public sealed class SnmpAgent : IAsyncDisposable
{
    private const string Executable = "/usr/sbin/snmpd";

    private readonly Process process;
    private readonly string directory;

    private SnmpAgent(Process process, string directory, IPEndPoint endpoint)
    {
        this.process = process;
        this.directory = directory;
        Endpoint = endpoint;
    }

    public IPEndPoint Endpoint { get; }

    public static async Task<SnmpAgent> StartAsync(string community, params string[] configuration)
    {
        if (!File.Exists(Executable))
        {
            throw new InvalidOperationException($"{Executable} is missing: install the Debian package snmpd (./test.sh does as root).");
        }
        var directory = Directory.CreateTempSubdirectory("watchkeeper-snmpd-").FullName;
        var endpoint = new IPEndPoint(IPAddress.Loopback, FreeUdpPort());
        var configFile = Path.Combine(directory, "snmpd.conf");
        await File.WriteAllLinesAsync(configFile, ["view all included .1", $"rocommunity {community} 127.0.0.1 -V all", .. configuration]);
        var start = new ProcessStartInfo(Executable)
        {
            // -f foreground, -Lo log to stdout, -C only our -c file, the listening address last.
            ArgumentList = { "-f", "-Lo", "-C", "-c", configFile, $"udp:{endpoint}" },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["SNMP_PERSISTENT_DIR"] = directory, ["MIBS"] = "" },
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("snmpd did not start.");
        var agent = new SnmpAgent(process, directory, endpoint);
        await agent.WaitUntilListeningAsync();
        return agent;
    }

    /// <summary>snmpd prints its version banner once its transports are open; before that requests would be lost.</summary>
    private async Task WaitUntilListeningAsync()
    {
        if (await ReadyLine.WaitAsync(process, l => l.StartsWith("NET-SNMP version", StringComparison.Ordinal), TimeSpan.FromSeconds(15)) is { } printed)
        {
            await DisposeAsync();
            throw new InvalidOperationException($"snmpd did not start listening on {Endpoint}:\n{printed}");
        }
    }

    public ValueTask DisposeAsync() => StartedServer.StopAsync(process, directory);

    public static int FreeUdpPort()
    {
        using var socket = new UdpClient(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.Client.LocalEndPoint!).Port;
    }
}

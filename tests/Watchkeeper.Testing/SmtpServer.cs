using System.Diagnostics;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Watchkeeper.Testing;

/// <summary>
/// A real SMTP server (aiosmtpd, Debian package python3-aiosmtpd) on a free loopback port, offering STARTTLS with the
/// certificate given, or not offering it at all. It runs unprivileged, installs no system service, and does not take
/// the place of a system MTA.
/// </summary>
public sealed class SmtpServer : IAsyncDisposable
{
    public const string Module = "/usr/lib/python3/dist-packages/aiosmtpd";
    public const string Package = "python3-aiosmtpd";

    private readonly Process process;
    private readonly string directory;

    private SmtpServer(Process process, string directory, int port) => (this.process, this.directory, Port) = (process, directory, port);

    public int Port { get; }

    /// <param name="certificate">The certificate offered after STARTTLS; none for a server without STARTTLS.</param>
    public static async Task<SmtpServer> StartAsync(X509Certificate2? certificate)
    {
        if (!Directory.Exists(Module))
        {
            throw new InvalidOperationException($"{Module} is missing: install the Debian package {Package} (./test.sh does as root).");
        }
        var directory = Directory.CreateTempSubdirectory("watchkeeper-smtp-").FullName;
        var port = LoopbackPorts.FreeTcp();
        // -n: stay the current user; the default handler only prints what it receives.
        var start = new ProcessStartInfo("/usr/bin/python3") { ArgumentList = { "-m", "aiosmtpd", "-n", "-l", $"127.0.0.1:{port}" }, RedirectStandardOutput = true, RedirectStandardError = true };
        if (certificate is not null)
        {
            var (certificateFile, keyFile) = TestCertificates.WritePem(certificate, directory);
            foreach (var argument in new[] { "--tlscert", certificateFile, "--tlskey", keyFile, "--no-requiretls" })
            {
                start.ArgumentList.Add(argument);
            }
        }
        var server = new SmtpServer(Process.Start(start) ?? throw new InvalidOperationException("aiosmtpd did not start."), directory, port);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        await server.WaitUntilGreetingAsync();
        return server;
    }

    private async Task WaitUntilGreetingAsync()
    {
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20) && !process.HasExited)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync("127.0.0.1", Port);
                var greeting = new byte[3];
                if (await client.GetStream().ReadAsync(greeting) > 0)
                {
                    return;
                }
            }
            catch (SocketException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        await DisposeAsync();
        throw new InvalidOperationException($"aiosmtpd did not greet on port {Port}.");
    }

    public ValueTask DisposeAsync() => StartedServer.StopAsync(process, directory);
}

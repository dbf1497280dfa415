using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace Watchkeeper.Tests.Inventory.Discovery;

/// <summary>Real TCP peers on loopback for the scanner: an SSH-like greeter, an HTTP server, a TLS server, a connection counter.</summary>
public sealed class LocalServer : IAsyncDisposable
{
    private static readonly TimeSpan Grace = TimeSpan.FromMilliseconds(50);

    /// <summary>A self-signed certificate for printer.example.test, shared by the test peers that speak TLS.</summary>
    public static readonly Lazy<X509Certificate2> Certificate = new(SelfSigned);

    private readonly TcpListener listener;
    private readonly CancellationTokenSource stop = new();
    private readonly Task accepting;
    private int open;
    private int mostOpen;

    private LocalServer(IPAddress address, Func<NetworkStream, CancellationToken, Task> serve)
    {
        listener = new TcpListener(address, 0);
        listener.Start();
        accepting = AcceptAsync(serve);
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    /// <summary>The most connections this server held at the same moment.</summary>
    public int MostOpenAtOnce => Volatile.Read(ref mostOpen);

    public static LocalServer Ssh() => new(IPAddress.Loopback, async (s, ct) =>
        await s.WriteAsync(Encoding.ASCII.GetBytes("SSH-2.0-OpenSSH_9.2p1 Debian-2\r\n"), ct));

    public static LocalServer Http() => new(IPAddress.Loopback, async (s, ct) =>
    {
        await ReadRequestAsync(s, ct);
        const string body = "<html><head><title>Printer status</title></head><body>ok</body></html>";
        await s.WriteAsync(Encoding.ASCII.GetBytes($"HTTP/1.0 200 OK\r\nServer: nginx/1.22.1\r\nContent-Length: {body.Length}\r\n\r\n{body}"), ct);
    });

    public static LocalServer Tls() => new(IPAddress.Loopback, async (s, ct) =>
    {
        await using var tls = new SslStream(s);
        await tls.AuthenticateAsServerAsync(new SslServerAuthenticationOptions { ServerCertificate = Certificate.Value }, ct);
        await Task.Delay(200, ct);
    });

    /// <summary>
    /// Listens on every address (so all of 127.0.0.0/8 reaches it) and says nothing: a connection stays open until the
    /// scanner hangs up or <paramref name="hold"/> passes, so the count is of connections the scanner holds at once.
    /// </summary>
    /// <remarks>
    /// A connection the scanner closes within <see cref="Grace"/> (a plain connect test) is not counted: the scanner has
    /// already released it, and only this side would still be noticing the hang-up.
    /// </remarks>
    public static LocalServer Counting(TimeSpan hold)
    {
        LocalServer? server = null;
        server = new(IPAddress.Any, async (s, ct) =>
        {
            var hungUp = s.ReadAsync(new byte[1], ct).AsTask();
            if (await Task.WhenAny(hungUp, Task.Delay(Grace, ct)) == hungUp)
            {
                return;
            }
            using var counted = server!.Track();
            await Task.WhenAny(hungUp, Task.Delay(hold, ct));
        });
        return server;
    }

    private async Task AcceptAsync(Func<NetworkStream, CancellationToken, Task> serve)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(stop.Token);
            }
            catch (Exception e) when (e is OperationCanceledException or SocketException or ObjectDisposedException)
            {
                return;
            }
            _ = Task.Run(async () =>
            {
                try
                {
                    using (client)
                    {
                        await serve(client.GetStream(), stop.Token);
                    }
                }
                catch (Exception e) when (e is IOException or OperationCanceledException or System.Security.Authentication.AuthenticationException)
                {
                    // The scanner hangs up as soon as it knows enough.
                }
            });
        }
    }

    private Tracked Track()
    {
        var now = Interlocked.Increment(ref open);
        int seen;
        while (now > (seen = Volatile.Read(ref mostOpen)) && Interlocked.CompareExchange(ref mostOpen, now, seen) != seen)
        {
        }
        return new Tracked(this);
    }

    private sealed class Tracked(LocalServer server) : IDisposable
    {
        public void Dispose() => Interlocked.Decrement(ref server.open);
    }

    private static async Task ReadRequestAsync(NetworkStream stream, CancellationToken ct)
    {
        var buffer = new byte[4096];
        var text = "";
        while (!text.Contains("\r\n\r\n", StringComparison.Ordinal))
        {
            var read = await stream.ReadAsync(buffer, ct);
            if (read == 0)
            {
                return;
            }
            text += Encoding.ASCII.GetString(buffer, 0, read);
        }
    }

    private static X509Certificate2 SelfSigned()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=printer.example.test, O=Watchkeeper Tests", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), new DateTimeOffset(2031, 1, 1, 0, 0, 0, TimeSpan.Zero));
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        await accepting;
        stop.Dispose();
    }
}

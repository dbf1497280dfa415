using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Watchkeeper.Testing;

/// <summary>Kestrel on loopback with one HTTPS port per certificate, for TLS certificate checks.</summary>
public sealed class TlsTargets : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly Dictionary<string, int> ports;

    private TlsTargets(WebApplication app, Dictionary<string, int> ports) => (this.app, this.ports) = (app, ports);

    /// <summary>The port that presents the certificate given under <paramref name="name"/>.</summary>
    public int Port(string name) => ports[name];

    public static async Task<TlsTargets> StartAsync(IReadOnlyDictionary<string, X509Certificate2> certificates)
    {
        var ports = certificates.Keys.ToDictionary(name => name, _ => LoopbackPorts.FreeTcp());
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            foreach (var (name, certificate) in certificates)
            {
                kestrel.Listen(IPAddress.Loopback, ports[name], listen => listen.UseHttps(certificate));
            }
        });
        var app = builder.Build();
        app.MapGet("/", () => Results.Text("ok"));
        await app.StartAsync();
        return new TlsTargets(app, ports);
    }

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Watchkeeper.Tests.Inventory.Discovery;

namespace Watchkeeper.Tests.Monitoring;

/// <summary>A real web server on loopback for HTTP checks: plain and TLS (self-signed), healthy, failing, slow and redirecting pages.</summary>
public sealed class WebTarget : IAsyncDisposable
{
    private readonly WebApplication app;

    private WebTarget(WebApplication app) => this.app = app;

    public Uri Http { get; private set; } = null!;

    public Uri Https { get; private set; } = null!;

    public static async Task<WebTarget> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, 0);
            k.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(LocalServer.Certificate.Value));
        });
        var app = builder.Build();
        app.MapGet("/health", () => Results.Json(new { status = "ok", checks = new[] { new { name = "db", state = "pass" } } }));
        app.MapGet("/failing", () => Results.Text("maintenance in progress", statusCode: 503));
        app.MapGet("/slow", async () =>
        {
            await Task.Delay(400);
            return Results.Text("finally");
        });
        app.MapGet("/moved", () => Results.Redirect("/health"));
        app.MapGet("/secure", (HttpRequest request) => request.Headers.Authorization == "Bearer s3cret-token" ? Results.Text("welcome") : Results.Unauthorized());
        app.MapPost("/echo", async (HttpRequest request) => Results.Text($"{request.Headers.Authorization} {await new StreamReader(request.Body).ReadToEndAsync()}"));
        await app.StartAsync();
        var target = new WebTarget(app);
        var addresses = app.Urls.Select(u => new Uri(u)).ToList();
        target.Http = addresses.Single(u => u.Scheme == "http");
        target.Https = addresses.Single(u => u.Scheme == "https");
        return target;
    }

    public string At(string path, bool tls = false) => new Uri(tls ? Https : Http, path).ToString();

    public async ValueTask DisposeAsync() => await app.DisposeAsync();
}

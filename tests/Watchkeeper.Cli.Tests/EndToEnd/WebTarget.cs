using System.Net;
using System.Text;
using Watchkeeper.Testing;

namespace Watchkeeper.Cli.Tests.EndToEnd;

/// <summary>A real web server on loopback for HTTP checks to watch: a page behind a bearer token and a failing page.</summary>
public sealed class WebTarget : IDisposable
{
    public const string Token = "s3cret-token";

    private readonly HttpListener listener = new();
    private readonly Task serving;

    public WebTarget()
    {
        Url = $"http://127.0.0.1:{LoopbackPorts.FreeTcp()}/";
        listener.Prefixes.Add(Url);
        listener.Start();
        serving = ServeAsync();
    }

    public string Url { get; }

    public string At(string path) => Url + path.TrimStart('/');

    public void Dispose()
    {
        listener.Close();
        serving.Wait(TimeSpan.FromSeconds(5));
    }

    private async Task ServeAsync()
    {
        while (true)
        {
            HttpListenerContext context;
            try
            {
                context = await listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            var (status, text) = context.Request.Url!.AbsolutePath switch
            {
                "/secure" => context.Request.Headers["Authorization"] == $"Bearer {Token}" ? (200, "welcome") : (401, "who are you?"),
                "/failing" => (503, "maintenance in progress"),
                _ => (404, "not here"),
            };
            context.Response.StatusCode = status;
            await context.Response.OutputStream.WriteAsync(Encoding.UTF8.GetBytes(text));
            context.Response.Close();
        }
    }
}

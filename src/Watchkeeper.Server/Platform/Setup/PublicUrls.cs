using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Platform.Setup;

/// <summary>Builds links for e-mails and the console: the configured public URL, else the first listen address.</summary>
public sealed class PublicUrls(ServerOptions options, IServiceProvider services)
{
    public string Base
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.PublicUrl))
            {
                return options.PublicUrl.TrimEnd('/');
            }
            var listening = services.GetService<IServer>()?.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            return (listening ?? $"http://127.0.0.1:{ServerDefaults.Port}").Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal)
                .Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');
        }
    }

    public string To(string path) => Base + path;
}

public static class ServerDefaults
{
    public const int Port = 8470;
    public static readonly string Url = $"http://127.0.0.1:{Port}";
}

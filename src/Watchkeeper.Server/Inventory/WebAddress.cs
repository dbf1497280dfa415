namespace Watchkeeper.Server.Inventory;

/// <summary>The web addresses the inventory keeps: absolute http or https with a host, so a click opens them.</summary>
public static class WebAddress
{
    public static bool IsValid(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.Host.Length > 0;
}

namespace Watchkeeper.Cli.Hosting;

public static class ServerUrl
{
    /// <summary>Accepts <c>https://host[:port][/prefix]</c>; a bare host name means HTTPS.</summary>
    public static Uri Parse(string value)
    {
        var text = value.Trim();
        if (!text.Contains("://", StringComparison.Ordinal))
        {
            text = "https://" + text;
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            throw CliException.Usage($"'{value}' is not a server address; use e.g. https://watchkeeper.example.com.");
        }
        return url;
    }
}

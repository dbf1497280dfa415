using System.Net;
using System.Text.RegularExpressions;

namespace Watchkeeper.Server.Inventory.Discovery.Scanning;

/// <summary>The two facts discovery keeps from an HTTP answer: the Server header and the page title.</summary>
public static partial class HttpText
{
    public const int MaxResponse = 64 * 1024;
    private const int MaxTitle = 200;

    public static (string? Server, string? Title) Parse(string response)
    {
        if (!response.StartsWith("HTTP/", StringComparison.Ordinal))
        {
            return (null, null);
        }
        var headerEnd = response.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var headers = headerEnd < 0 ? response : response[..headerEnd];
        var server = headers.Split("\r\n").Skip(1)
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2 && parts[0].Trim().Equals("Server", StringComparison.OrdinalIgnoreCase))
            .Select(parts => parts[1].Trim())
            .FirstOrDefault();
        var title = Title().Match(response) is { Success: true } match ? WebUtility.HtmlDecode(match.Groups[1].Value).Trim() : null;
        return (Short(server), Short(title));
    }

    private static string? Short(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var single = Whitespace().Replace(text, " ");
        return single[..Math.Min(single.Length, MaxTitle)];
    }

    [GeneratedRegex(@"<title[^>]*>(.*?)</title>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Title();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}

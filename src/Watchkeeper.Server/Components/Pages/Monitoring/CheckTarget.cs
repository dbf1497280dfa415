using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Components.Pages.Monitoring;

/// <summary>What a check looks at, in a few words for a list: its URL, or host and port.</summary>
public static class CheckTarget
{
    public static string Of(CheckDto check) => check.Kind switch
    {
        CheckKind.Http => $"{check.Http?.Method ?? "GET"} {check.Http?.Url}",
        CheckKind.Tcp => $"{check.Tcp?.Host}:{check.Tcp?.Port}",
        _ => "",
    };

    /// <summary>"12 s ago", "in 40 s": times near now as people read them on a board.</summary>
    public static string Relative(DateTimeOffset? at, DateTimeOffset now)
    {
        if (at is not { } time)
        {
            return "—";
        }
        var span = time - now;
        var ago = span < TimeSpan.Zero;
        var size = ago ? -span : span;
        var text = size.TotalSeconds < 90 ? $"{size.TotalSeconds:0} s" : size.TotalMinutes < 90 ? $"{size.TotalMinutes:0} min" : size.TotalHours < 36 ? $"{size.TotalHours:0} h" : $"{size.TotalDays:0} d";
        return ago ? $"{text} ago" : $"in {text}";
    }
}

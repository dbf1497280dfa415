using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring.Heartbeats;
using Watchkeeper.Server.Monitoring.Probes;

namespace Watchkeeper.Server.Components.Pages.Monitoring;

/// <summary>What a check looks at, in a few words for a list: its URL, host and port, host, the name it asks about, or the pings it expects.</summary>
public static class CheckTarget
{
    public static string Of(CheckDto check) => check.Kind switch
    {
        CheckKind.Http => $"{check.Http?.Method ?? "GET"} {check.Http?.Url}",
        CheckKind.Tcp => $"{check.Tcp?.Host}:{check.Tcp?.Port}",
        CheckKind.Ping => check.Ping?.Host ?? "",
        CheckKind.Dns => $"{check.Dns?.RecordType} {check.Dns?.Name}" + (check.Dns?.Resolver is { Length: > 0 } resolver ? $" @{resolver}" : ""),
        CheckKind.Tls => $"{check.Tls?.Host}:{check.Tls?.Port ?? TlsProbe.DefaultPort}" + (check.Tls?.StartTls == true ? " STARTTLS" : ""),
        CheckKind.Heartbeat when check.Heartbeat is { } heartbeat => "pings " + HeartbeatSchedule.Of(heartbeat).Describe(),
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

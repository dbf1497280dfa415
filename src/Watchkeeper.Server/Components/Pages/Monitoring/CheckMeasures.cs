using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Components.Pages.Monitoring;

/// <summary>A result's main measures in a few words, for a column of results: a ping's loss and round trip, a DNS query's answers, a certificate's days left.</summary>
public static class CheckMeasures
{
    public static string ChartTitle(CheckKind kind) => kind switch
    {
        CheckKind.Ping => "Round-trip time (average)",
        CheckKind.Dns => "Query time",
        CheckKind.Tls => "Handshake time",
        CheckKind.Heartbeat => "Run time (start to end ping)",
        _ => "Response time",
    };

    public static string Summary(CheckKind kind, IReadOnlyDictionary<string, string> evidence)
    {
        string? Get(string name) => evidence.TryGetValue(name, out var value) ? value : null;
        return kind switch
        {
            CheckKind.Ping when Get("lossPercent") is { } loss => $"{loss}% loss" + (Get("rttAvgMs") is { } average ? $", {average} ms avg" : ""),
            CheckKind.Dns => (Get("answers") ?? "").Replace('\n', ' '),
            CheckKind.Tls when Get("daysLeft") is { } days => $"{days} days left",
            CheckKind.Heartbeat => Get("exitCode") is { } code ? $"exit {code}" : Get("ping") ?? "missed",
            _ => Get("status") ?? "",
        };
    }
}

using System.Text.Json;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring.Probes;

namespace Watchkeeper.Server.Monitoring.Checks;

/// <summary>Reads and writes a check's settings column, the same JSON the API uses, credentials always left out.</summary>
public static class CheckDefinition
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Every kind's settings as a request carries them, given or not.</summary>
    public static IEnumerable<(CheckKind Kind, object? Settings)> AllSettings(CheckRequest request) =>
        [(CheckKind.Http, request.Http), (CheckKind.Tcp, request.Tcp), (CheckKind.Ping, request.Ping), (CheckKind.Dns, request.Dns), (CheckKind.Tls, request.Tls), (CheckKind.Heartbeat, request.Heartbeat)];

    public static string Write(CheckRequest request) => request.Kind == CheckKind.Http
        ? JsonSerializer.Serialize(request.Http! with { BasicPassword = null, BearerToken = null }, Json)
        : AllSettings(request).Single(s => s.Kind == request.Kind).Settings is { } settings ? JsonSerializer.Serialize(settings, settings.GetType(), Json) : "{}";

    /// <summary>The saved check as a request, its kind's settings read from the column (credentials left out).</summary>
    public static CheckRequest Request(Check check) => new(check.Name, check.Kind, check.ItemId, check.IntervalSeconds, check.TimeoutSeconds,
        check.FailuresBeforeDown, check.SuccessesBeforeUp, check.Paused,
        Read<HttpCheckSettings>(check, CheckKind.Http), Read<TcpCheckSettings>(check, CheckKind.Tcp), Read<PingCheckSettings>(check, CheckKind.Ping),
        Read<DnsCheckSettings>(check, CheckKind.Dns), Read<TlsCheckSettings>(check, CheckKind.Tls), Read<HeartbeatCheckSettings>(check, CheckKind.Heartbeat));

    /// <summary>The host a check talks to, so the scheduler can limit the checks running against one host at once.</summary>
    public static string TargetHost(CheckRequest check) => check.Kind switch
    {
        CheckKind.Http => Uri.TryCreate(check.Http?.Url, UriKind.Absolute, out var url) ? url.Host : "",
        CheckKind.Tcp => check.Tcp?.Host ?? "",
        CheckKind.Ping => check.Ping?.Host ?? "",
        // A DNS check talks to its resolver, not to the name it asks about.
        CheckKind.Dns => HostAndPort.TryParse(check.Dns?.Resolver, 53, out var resolver) ? resolver.Host : "",
        CheckKind.Tls => check.Tls?.Host ?? "",
        _ => "",
    };

    private static T? Read<T>(Check check, CheckKind kind) where T : class => check.Kind == kind ? JsonSerializer.Deserialize<T>(check.Settings, Json) : null;
}

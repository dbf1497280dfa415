using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory;
using Watchkeeper.Server.Monitoring.Probes;

namespace Watchkeeper.Server.Monitoring.Checks;

/// <summary>The rules of each kind's settings beyond their declared limits, reported on the settings' own fields (<c>http.url</c>).</summary>
public static partial class CheckSettingsRules
{
    private static readonly HashSet<string> Methods = new(StringComparer.OrdinalIgnoreCase) { "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" };
    private const int MaxHeaders = 30;

    /// <summary>Every rule of a request, the item it names included: the same for saving and for "Test now".</summary>
    public static async Task CheckAsync(WatchkeeperDb db, long organizationId, CheckRequest request, FieldErrors errors, CancellationToken ct)
    {
        if (request.ItemId is { } itemId && !await db.ConfigurationItems.AnyAsync(i => i.Id == itemId && i.OrganizationId == organizationId, ct))
        {
            errors.Add("itemId", $"No configuration item with id {itemId} exists in this organization.");
        }
        Check(request, errors);
    }

    private static void Check(CheckRequest request, FieldErrors errors)
    {
        foreach (var (kind, settings) in CheckDefinition.AllSettings(request))
        {
            var field = kind.ToString().ToLowerInvariant();
            if (kind == request.Kind && settings is null)
            {
                errors.Add(field, $"A {kind} check needs its '{field}' settings.");
            }
            else if (kind != request.Kind && settings is not null)
            {
                errors.Add(field, $"A {request.Kind} check takes no '{field}' settings.");
            }
        }
        if (request.Http is { } http && request.Kind == CheckKind.Http)
        {
            Http(http, errors);
        }
        if (request.Tcp is { } tcp && request.Kind == CheckKind.Tcp)
        {
            Host("tcp.host", tcp.Host, errors);
        }
        if (request.Ping is { } ping && request.Kind == CheckKind.Ping)
        {
            Ping(ping, errors);
        }
        if (request.Dns is { } dns && request.Kind == CheckKind.Dns)
        {
            Dns(dns, errors);
        }
        if (request.Tls is { } tls && request.Kind == CheckKind.Tls)
        {
            Tls(tls, errors);
        }
        if (request.Heartbeat is { } heartbeat && request.Kind == CheckKind.Heartbeat)
        {
            Heartbeat(heartbeat, errors);
        }
        if (request.TimeoutSeconds is { } timeout && timeout >= (request.IntervalSeconds ?? CheckDefaults.IntervalSeconds))
        {
            errors.Add("timeoutSeconds", "The timeout must be shorter than the interval, so runs never overlap.");
        }
    }

    private static void Http(HttpCheckSettings http, FieldErrors errors)
    {
        if (!Uri.TryCreate(http.Url.Trim(), UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps) || url.Host.Length == 0)
        {
            errors.Add("http.url", $"'{http.Url}' is not a web address: use http:// or https:// and a host name.");
        }
        if (http.Method is { } method && !Methods.Contains(method))
        {
            errors.Add("http.method", $"Use one of {string.Join(", ", Methods)}.");
        }
        if (http.Headers is { } headers && (headers.Count > MaxHeaders || headers.Keys.Any(k => k.Length is 0 or > 100 || k.Any(c => c <= ' ' || c == ':'))))
        {
            errors.Add("http.headers", $"Up to {MaxHeaders} headers, each named without spaces or colons.");
        }
        if (StatusCodeSet.Parse(http.ExpectedStatus, out var statusError) is null)
        {
            errors.Add("http.expectedStatus", statusError!);
        }
        if (http.BodyRegex is { Length: > 0 } pattern && !IsRegex(pattern))
        {
            errors.Add("http.bodyRegex", "This is not a valid regular expression.");
        }
        if (http.JsonPath is { Length: > 0 } path && JsonPathValue.Parse(path) is null)
        {
            errors.Add("http.jsonPath", "Use member names and indexes from the root, such as $.status or $.checks[0].state.");
        }
        if (http.JsonEquals is not null && string.IsNullOrEmpty(http.JsonPath))
        {
            errors.Add("http.jsonEquals", "Name the JSON path whose value this is.");
        }
        if (!string.IsNullOrEmpty(http.BearerToken) && !string.IsNullOrEmpty(http.BasicUser))
        {
            errors.Add("http.bearerToken", "Use basic authentication or a bearer token, not both.");
        }
    }

    /// <summary>A host name or an IP address, reported on <paramref name="field"/>.</summary>
    internal static void Host(string field, string host, FieldErrors errors)
    {
        if (Uri.CheckHostName(host.Trim()) == UriHostNameType.Unknown)
        {
            errors.Add(field, $"'{host}' is not a host name or an IP address.");
        }
    }

    private static bool IsRegex(string pattern)
    {
        try
        {
            _ = new Regex(pattern, RegexOptions.None, TimeSpan.FromSeconds(1));
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}

/// <summary>What a check request leaves out.</summary>
public static class CheckDefaults
{
    public const int IntervalSeconds = 60;
    public const int TimeoutSeconds = 10;

    /// <summary>
    /// Failing results in a row before a check is down, unless the request says: a heartbeat's grace already waited
    /// for the missing ping, and a job that reports failure has failed, so one is enough.
    /// </summary>
    public static int FailuresBeforeDown(CheckKind kind) => kind == CheckKind.Heartbeat ? 1 : States.CheckThresholds.Default.FailuresBeforeDown;

    /// <summary>The timeout of a request that names none: the default, or less than the interval when that is shorter.</summary>
    public static int Timeout(CheckRequest request) => request.TimeoutSeconds ?? Math.Min(TimeoutSeconds, (request.IntervalSeconds ?? IntervalSeconds) - 1);
}

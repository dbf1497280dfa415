using System.Globalization;
using DnsClient;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>A DNS answer's verdict: the response code, the answers of the type asked for and the one expected among them.</summary>
public static class DnsVerdict
{
    private const int MaxAnswersShown = 20;

    public static ProbeOutcome Judge(DnsCheckSettings settings, IDnsQueryResponse response, double elapsedMs)
    {
        var type = settings.RecordType;
        var answers = response.Answers.Where(r => r.RecordType.ToString() == type.ToString()).Select(DnsAnswer.Of).ToList();
        var evidence = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["resolver"] = response.NameServer?.ToString() ?? "",
            ["responseCode"] = response.Header.ResponseCode.ToString(),
            ["queryMs"] = elapsedMs.ToString("0.0", CultureInfo.InvariantCulture),
            ["answers"] = string.Join('\n', answers.Take(MaxAnswersShown).Select(a => a.Text)),
        };
        if (response.Answers.Count > 0)
        {
            evidence["ttl"] = response.Answers.Min(r => r.TimeToLive).ToString(CultureInfo.InvariantCulture);
        }
        var asked = $"{type} {settings.Name.Trim()}";
        if (response.HasError)
        {
            return ProbeOutcome.Down($"{asked}: {response.Header.ResponseCode} ({response.ErrorMessage}).", elapsedMs, evidence);
        }
        if (answers.Count == 0)
        {
            return ProbeOutcome.Down($"{asked}: no {type} record.", elapsedMs, evidence);
        }
        var shown = string.Join(", ", answers.Take(5).Select(a => a.Text)) + (answers.Count > 5 ? ", …" : "");
        if (settings.Expected is { Length: > 0 } expected && !answers.Exists(a => a.Matches(expected)))
        {
            return ProbeOutcome.Down($"{asked}: \"{expected}\" is not among the answers ({shown}).", elapsedMs, evidence);
        }
        if (settings.DegradedAboveMs is { } slow && elapsedMs > slow)
        {
            return new ProbeOutcome(CheckState.Degraded, ProbeOutcome.Shorten($"{asked} answered in {elapsedMs:0} ms, slower than {slow} ms: {shown}."), elapsedMs, evidence);
        }
        return new ProbeOutcome(CheckState.Up, ProbeOutcome.Shorten($"{asked} in {elapsedMs:0} ms: {shown}."), elapsedMs, evidence);
    }
}

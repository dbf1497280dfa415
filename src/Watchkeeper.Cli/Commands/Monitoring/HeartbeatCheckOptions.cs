using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>A heartbeat check's settings as options: a period, or a cron expression in a time zone, each with a grace.</summary>
public sealed class HeartbeatCheckOptions : CheckKindOptions
{
    private readonly Option<int?> period = Seconds.Option("--period", "A ping is expected this often (default 1d); not with --cron");
    private readonly Option<int?> grace = Seconds.Option("--grace", "How late a ping may be, and how long a started run may take, before the check is down (default 1h)");
    private readonly Option<string?> cron = new("--cron") { Description = "When pings are expected: minute hour day-of-month month day-of-week, like '0 2 * * *'" };
    private readonly Option<string?> timeZone = new("--time-zone") { Description = "The IANA time zone --cron is read in, like Europe/Berlin (default UTC)" };

    public override CheckKind Kind => CheckKind.Heartbeat;

    public override string Description => "Pings from a job (cron, backup, batch run) expected on a schedule; prints the URL to ping";

    public override bool Testable => false;

    public override Symbol[] All => [period, grace, cron, timeZone];

    public override CheckRequest Apply(Session s, CheckRequest request) => request with
    {
        Heartbeat = new HeartbeatCheckSettings(s.Value(period), s.Value(grace), s.Value(cron), s.Value(timeZone)),
    };

    public override string? Target(CheckDto check) => check.Heartbeat is not { } heartbeat ? null
        : heartbeat.Cron is { } expression ? $"cron '{expression}' {heartbeat.TimeZone ?? "UTC"}"
        : $"every {Seconds.Format(heartbeat.PeriodSeconds ?? 86_400)}";

    public override IEnumerable<(string Key, string? Value)> Settings(CheckDto check)
    {
        if (check.Heartbeat is not { } heartbeat)
        {
            yield break;
        }
        yield return ("Grace", Seconds.Format(heartbeat.GraceSeconds ?? 3_600));
    }
}

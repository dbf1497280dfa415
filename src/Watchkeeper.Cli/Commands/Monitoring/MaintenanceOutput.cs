using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Monitoring;

/// <summary>How maintenance windows and their occurrences read for people; <c>--json</c> prints the API's shapes instead.</summary>
public static class MaintenanceOutput
{
    public static readonly Table<MaintenanceWindowDto> Windows = new(
        ("Id", w => Format.Number(w.Id)), ("Now", Now), ("Name", w => w.Name), ("Reason", w => w.Reason), ("When", When), ("Covers", Covers));

    public static readonly Table<NamedRef> Checks = new(("Id", c => Format.Number(c.Id)), ("Name", c => c.Name));

    /// <summary>Occurrences in UTC, as every time wk prints, and on the wall clock of the window's time zone (unless that is UTC), where its cron expression is read.</summary>
    public static Table<MaintenanceOccurrenceDto> Occurrences(string timeZone)
    {
        (string, Func<MaintenanceOccurrenceDto, string?>)[] utc = [("Start", o => Format.Time(o.Start)), ("End", o => Format.Time(o.End))];
        if (MaintenanceTimes.Zone(timeZone) is not { } zone || zone.BaseUtcOffset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime)
        {
            return new(utc);
        }
        return new([.. utc, ($"Start in {timeZone}", o => MaintenanceTimes.Local(o.Start, zone)), ($"End in {timeZone}", o => MaintenanceTimes.Local(o.End, zone))]);
    }

    /// <summary>Where the window stands: in force until when, when it next starts, or over.</summary>
    public static string Now(MaintenanceWindowDto w) =>
        w.ActiveUntil is { } until ? $"in force until {Format.Time(until)}" : w.NextStart is { } next ? $"next {Format.Time(next)}" : "over";

    /// <summary>A one-off window's start and end, or a recurring window's cron expression, duration and time zone.</summary>
    public static string When(MaintenanceWindowDto w) => w.Cron is { } cron
        ? $"{cron} for {DurationText.Format(w.DurationMinutes)} ({w.TimeZone})"
        : $"{Format.Time(w.StartsAt)} to {Format.Time(w.EndsAt)}";

    /// <summary>How many checks it covers now, and through what: "3 checks: check shop, item web-01, tag linux, with dependencies".</summary>
    public static string Covers(MaintenanceWindowDto w)
    {
        string[] through =
        [
            .. w.Checks.Select(c => $"check {c.Name}"), .. w.Items.Select(i => $"item {i.Name}"), .. w.Tags.Select(t => $"tag {t}"),
            .. w.IncludeDependencies ? new[] { "with dependencies" } : [],
        ];
        var count = w.CoveredChecks == 1 ? "1 check" : $"{Format.Number(w.CoveredChecks)} checks";
        return through.Length == 0 ? count : $"{count}: {Format.List(through)}";
    }

    public static void Print(Session s, MaintenanceWindowDto w)
    {
        (string, string?)[] fields =
        [
            ("Id", Format.Number(w.Id)), ("Name", w.Name), ("Reason", w.Reason), ("Now", Now(w)),
            .. w.Cron is null
                ? new (string, string?)[] { ("Starts", Format.Time(w.StartsAt)), ("Ends", Format.Time(w.EndsAt)) }
                : [("Cron", w.Cron), ("Duration", DurationText.Format(w.DurationMinutes))],
            ("Time zone", w.TimeZone), ("Checks", Format.List(w.Checks.Select(c => c.Name))), ("Items", Format.List(w.Items.Select(i => $"{i.Name} ({i.Kind})"))),
            ("Tags", Format.List(w.Tags)), ("Include dependencies", Format.YesNo(w.IncludeDependencies)),
            ("Next start", Format.Time(w.NextStart)),
            ("Covered checks", Format.Number(w.CoveredChecks)), ("Version", Format.Number(w.Version)),
        ];
        s.Out.Item(w, fields);
    }
}

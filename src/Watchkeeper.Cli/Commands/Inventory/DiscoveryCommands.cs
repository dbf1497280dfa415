using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory;

public static class DiscoveryCommands
{
    private static readonly Table<DiscoveryJobDto> Jobs = new(
        ("Id", j => Format.Number(j.Id)), ("Name", j => j.Name), ("Prefixes", j => string.Join(" ", j.Prefixes)),
        ("Schedule", j => j.Schedule), ("Last run", j => j.LastRun?.Status.ToString()));

    private static readonly Table<DiscoveryRunDto> Runs = new(
        ("Id", r => Format.Number(r.Id)), ("Status", r => r.Status.ToString()), ("Started", r => r.StartedAt?.ToString("u")),
        ("Probed", r => $"{r.HostsProbed}/{r.HostsTotal}"), ("Responding", r => Format.Number(r.HostsResponding)),
        ("Findings", r => Format.Number(r.FindingsCount)), ("Error", r => r.Error));

    private static readonly Table<DiscoveryFindingDto> Findings = new(
        ("Id", f => Format.Number(f.Id)), ("Kind", f => f.Kind.ToString()), ("State", f => f.State.ToString()), ("Address", f => f.Address),
        ("Device", f => f.DeviceName ?? f.ProposedName), ("Changes", f => f.Cable is { } c
            ? $"{c.A.DeviceName} {c.A.InterfaceName} ↔ {c.B.DeviceName} {c.B.InterfaceName}"
            : string.Join(", ", f.Changes.Select(x => x.Field))));

    public static Command Create(CliContext context) =>
        new Command("discovery", "Discovery jobs, their runs and the review queue").With(
            new Command("jobs", "Discovery jobs").With(List(context), New(context), Delete(context)),
            Run(context), RunList(context), FindingList(context), Accept(context), Ignore(context));

    private static Command List(CliContext context)
    {
        var command = new Command("list", "List discovery jobs");
        var paging = new ListOptions(command, "name", searchable: true);
        return command.Runs(context, async (s, ct) => s.Out.List(await paging.FetchAsync(s, s.Client.ListDiscoveryJobsAsync, ct), Jobs));
    }

    private static Command New(CliContext context)
    {
        var name = new Argument<string>("name") { Description = "Job name, unique in the organization" };
        var prefixes = new Option<string[]>("--prefix") { Description = "A prefix to probe (repeat for more), e.g. 192.0.2.0/24", Required = true };
        var ports = new Option<int[]?>("--port") { Description = "A TCP port to try (repeat for more); default 22, 80, 443" };
        var community = new Option<string?>("--snmp-community") { Description = "Ask SNMP v2c with this read community (stored encrypted)" };
        var schedule = new Option<string?>("--schedule") { Description = "Cron expression, e.g. '0 2 * * *'" };
        var timeZone = new Option<string?>("--time-zone") { Description = "IANA time zone of the schedule; default UTC" };
        var concurrency = new Option<int?>("--concurrency") { Description = "Probes in flight at once, 1-256 (default 32)" };
        var rate = new Option<int?>("--rate") { Description = "Probes per second at most (default 100)" };
        return new Command("create", "Create a discovery job").With(name, prefixes, ports, community, schedule, timeZone, concurrency, rate).Runs(context, async (s, ct) =>
        {
            var request = new DiscoveryJobRequest(s.Value(name), s.Value(prefixes) ?? [], TcpPorts: s.Value(ports), Snmp: s.Value(community) is not null,
                SnmpCommunity: s.Value(community), Concurrency: s.Value(concurrency) ?? 32, RatePerSecond: s.Value(rate) ?? 100,
                Schedule: s.Value(schedule), TimeZone: s.Value(timeZone));
            var job = await s.Client.CreateDiscoveryJobAsync(request, ct);
            s.Out.Item(job, ("Id", Format.Number(job.Id)), ("Name", job.Name), ("Prefixes", string.Join(" ", job.Prefixes)),
                ("SNMP", job.Snmp ? "yes" : "no"), ("Next run", job.NextRunAt?.ToString("u")));
        });
    }

    private static Command Delete(CliContext context)
    {
        var job = new Argument<long>("job") { Description = "Job id" };
        return new Command("delete", "Delete a job with its runs and findings").With(job).Runs(context, async (s, ct) =>
        {
            await s.Client.DeleteDiscoveryJobAsync(s.Value(job), ct);
            s.Out.Done($"Discovery job {Format.Number(s.Value(job))} deleted.");
        });
    }

    private static Command Run(CliContext context)
    {
        var job = new Argument<long>("job") { Description = "Job id" };
        var wait = new Option<bool>("--wait") { Description = "Print progress until the run ends" };
        return new Command("run", "Start a run of a job").With(job, wait).Runs(context, async (s, ct) =>
        {
            var run = await s.Client.StartDiscoveryRunAsync(s.Value(job), ct);
            while (s.Value(wait) && run.Status is DiscoveryRunStatus.Queued or DiscoveryRunStatus.Running)
            {
                await Task.Delay(TimeSpan.FromSeconds(1), ct);
                run = await s.Client.GetDiscoveryRunAsync(run.Id, ct);
                s.Out.Error.WriteLine($"{run.Status}: {run.HostsProbed}/{run.HostsTotal} probed, {run.HostsResponding} responding");
            }
            s.Out.List([run], Runs);
        });
    }

    private static Command RunList(CliContext context)
    {
        var job = new Argument<long>("job") { Description = "Job id" };
        var command = new Command("runs", "List a job's runs, newest first").With(job);
        var paging = new ListOptions(command);
        return command.Runs(context, async (s, ct) => s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListDiscoveryRunsAsync(s.Value(job), q, c), ct), Runs));
    }

    private static Command FindingList(CliContext context)
    {
        var job = new Option<long?>("--job") { Description = "Only this job's findings" };
        var state = new Option<FindingState?>("--state") { Description = "Pending (default), Accepted, Rejected or Ignored" };
        var command = new Command("findings", "The review queue").With(job, state);
        var paging = new ListOptions(command);
        return command.Runs(context, async (s, ct) =>
            s.Out.List(await paging.FetchAsync(s, (q, c) => s.Client.ListFindingsAsync(q, new FindingFilter(s.Value(job), s.Value(state)), c), ct), Findings));
    }

    private static Command Accept(CliContext context)
    {
        var finding = new Argument<long>("finding") { Description = "Finding id" };
        var fields = new Option<string[]?>("--fields") { Description = "Changed devices: only these fields (e.g. hostname interface:eth0); all when left out", AllowMultipleArgumentsPerToken = true };
        return new Command("accept", "Accept a finding into the inventory").With(finding, fields).Runs(context, async (s, ct) =>
        {
            var accepted = await s.Client.AcceptFindingAsync(s.Value(finding), new AcceptFindingRequest(s.Value(fields)), ct);
            s.Out.Done($"Finding {Format.Number(accepted.Id)} accepted" + (accepted.DeviceName is { } d ? $" ({d})." : "."));
        });
    }

    private static Command Ignore(CliContext context)
    {
        var finding = new Argument<long>("finding") { Description = "Finding id" };
        return new Command("ignore", "Ignore the finding's host in later runs").With(finding).Runs(context, async (s, ct) =>
        {
            await s.Client.IgnoreFindingAsync(s.Value(finding), ct);
            s.Out.Done($"Finding {Format.Number(s.Value(finding))} ignored.");
        });
    }
}

using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands.Inventory;

/// <summary>The service options <c>create</c> and <c>update</c> share; given options replace the field, others keep it.</summary>
public sealed class ServiceFields
{
    private readonly Option<ServiceKind?> kind = new("--kind") { Description = "Application (default), Database, TechnicalService, BusinessService" };
    private readonly Option<LifecycleStatus?> status = new("--status") { Description = "Planned, Staged, Active (default), Maintenance, Decommissioning, Retired" };
    private readonly Option<DeploymentEnvironment?> environment = new("--environment") { Description = "Production, Staging, Test, Development, DisasterRecovery" };
    private readonly Option<Criticality?> criticality = new("--criticality") { Description = "Low, Medium, High, Critical" };
    private readonly Option<string?> owner = new("--owner-team") { Description = "Owning team (id or name), or 'none'; required for business services" };
    private readonly Option<string?> vendor = new("--vendor") { Description = "Vendor of the software" };
    private readonly Option<string?> product = new("--product") { Description = "Product name" };
    private readonly Option<string?> softwareVersion = new("--software-version") { Description = "Version of the software" };
    private readonly Option<string?> url = new("--url") { Description = "Where people reach it (http:// or https://)" };
    private readonly Option<string?> engine = new("--engine") { Description = "Databases: the engine, e.g. 'PostgreSQL 16'" };
    private readonly Option<int?> tier = new("--tier") { Description = "Business services: tier 1 (most critical) to 4" };
    private readonly Option<string?> supportHours = new("--support-hours") { Description = "Business services: e.g. 24x7 or 'Business hours'" };
    private readonly Option<string?> rto = new("--rto") { Description = "Business services: recovery time objective, e.g. 4h, 30m, 1d12h" };
    private readonly Option<string?> rpo = new("--rpo") { Description = "Business services: recovery point objective, e.g. 15m" };
    private readonly Option<bool?> visible = new("--visible-to-requesters") { Description = "Business services: show it in the requesters' catalog (true or false)" };
    private readonly Option<string?> description = new("--description") { Description = "Free text ('' clears it)" };
    private readonly Option<string[]> tags = Options.Many("--tag", "Tag; replaces the service's tags ('none' removes them all)");

    public Symbol[] All => [kind, status, environment, criticality, owner, vendor, product, softwareVersion, url, engine, tier, supportHours, rto, rpo, visible, description, tags];

    public async Task<ServiceRequest> ApplyAsync(Session s, ServiceRequest current, CancellationToken ct)
    {
        var request = current with
        {
            Kind = s.Value(kind) ?? current.Kind,
            Status = s.Value(status) ?? current.Status,
            Environment = s.Value(environment) ?? current.Environment,
            Criticality = s.Value(criticality) ?? current.Criticality,
            Vendor = s.Value(vendor) ?? current.Vendor,
            Product = s.Value(product) ?? current.Product,
            SoftwareVersion = s.Value(softwareVersion) ?? current.SoftwareVersion,
            Url = s.Value(url) ?? current.Url,
            DatabaseEngine = s.Value(engine) ?? current.DatabaseEngine,
            Tier = s.Value(tier) ?? current.Tier,
            SupportHours = s.Value(supportHours) ?? current.SupportHours,
            Rto = s.Value(rto) ?? current.Rto,
            Rpo = s.Value(rpo) ?? current.Rpo,
            VisibleToRequesters = s.Value(visible) ?? current.VisibleToRequesters,
            Description = s.Value(description) ?? current.Description,
        };
        if (Options.Values(s, tags) is { Count: > 0 } given)
        {
            request = request with { Tags = given.Where(t => !InventoryCommands.IsNone(t)).ToList() };
        }
        if (s.Value(owner) is { } team)
        {
            request = request with { OwnerTeamId = InventoryCommands.IsNone(team) ? null : await Lookup.TeamAsync(s.Client, team, ct) };
        }
        return request;
    }
}

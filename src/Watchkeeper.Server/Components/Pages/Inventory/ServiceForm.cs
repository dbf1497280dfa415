using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Components.Pages.Inventory;

/// <summary>The service dialog's editable copy of a <see cref="ServiceRequest"/> (form inputs need settable properties).</summary>
public sealed class ServiceForm
{
    /// <summary>The support hours people usually mean; any other text may be typed.</summary>
    public static readonly IReadOnlyList<string> SupportHourChoices = ["24x7", "Business hours"];

    public string Name { get; set; } = "";
    public ServiceKind Kind { get; set; }
    public LifecycleStatus Status { get; set; }
    public DeploymentEnvironment? Environment { get; set; }
    public Criticality? Criticality { get; set; }
    public long? OwnerTeamId { get; set; }
    public string? Description { get; set; }
    public string? Vendor { get; set; }
    public string? Product { get; set; }
    public string? SoftwareVersion { get; set; }
    public string? Url { get; set; }
    public string? DatabaseEngine { get; set; }
    public int? Tier { get; set; }
    public string? SupportHours { get; set; }
    public string? Rto { get; set; }
    public string? Rpo { get; set; }
    public bool VisibleToRequesters { get; set; }

    /// <summary>Tags as typed: separated by commas or spaces.</summary>
    public string? Tags { get; set; }

    public bool IsBusinessService => Kind == ServiceKind.BusinessService;

    public static ServiceForm From(ServiceRequest r) => new()
    {
        Name = r.Name, Kind = r.Kind, Status = r.Status, Environment = r.Environment, Criticality = r.Criticality, OwnerTeamId = r.OwnerTeamId,
        Description = r.Description, Vendor = r.Vendor, Product = r.Product, SoftwareVersion = r.SoftwareVersion, Url = r.Url,
        DatabaseEngine = r.DatabaseEngine, Tier = r.Tier, SupportHours = r.SupportHours, Rto = r.Rto, Rpo = r.Rpo,
        VisibleToRequesters = r.VisibleToRequesters, Tags = string.Join(", ", r.Tags ?? []),
    };

    /// <summary>The request; fields the chosen kind does not have are left out, so switching kind in the dialog never trips a rule.</summary>
    public ServiceRequest ToRequest() => new(
        Name, Kind, Status, Environment, Criticality, OwnerTeamId, Description, Vendor, Product, SoftwareVersion, Url,
        Kind == ServiceKind.Database ? DatabaseEngine : null,
        IsBusinessService ? Tier : null, IsBusinessService ? SupportHours : null, IsBusinessService ? Rto : null, IsBusinessService ? Rpo : null,
        IsBusinessService && VisibleToRequesters, (Tags ?? "").Split([',', ' '], StringSplitOptions.RemoveEmptyEntries));
}

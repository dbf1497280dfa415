using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>The configuration item kinds that are services or software; each is also a <see cref="CiKind"/> of the same name.</summary>
public enum ServiceKind
{
    /// <summary>An application.</summary>
    Application,
    /// <summary>A database.</summary>
    Database,
    /// <summary>A service other services rely on.</summary>
    TechnicalService,
    /// <summary>A service the business uses; part of the service catalog.</summary>
    BusinessService,
}

/// <summary>An application, database, technical or business service. Its id is its configuration item id.</summary>
/// <param name="Id">Identifier (the configuration item's).</param>
/// <param name="Name">Name, unique among the organization's services of the same kind.</param>
/// <param name="Kind">What kind of service.</param>
/// <param name="Status">Lifecycle status.</param>
/// <param name="Environment">Environment it serves.</param>
/// <param name="Criticality">How much its failure hurts.</param>
/// <param name="OwnerTeam">The team that owns it.</param>
/// <param name="Description">Free text.</param>
/// <param name="Vendor">Vendor of the software.</param>
/// <param name="Product">Product name.</param>
/// <param name="SoftwareVersion">Version of the software.</param>
/// <param name="Url">Where people reach it (http or https).</param>
/// <param name="DatabaseEngine">Database engine, for databases (e.g. PostgreSQL 16).</param>
/// <param name="Tier">Business services: criticality tier, 1 (most critical) to 4.</param>
/// <param name="SupportHours">Business services: when it is supported, e.g. 24x7 or business hours.</param>
/// <param name="RtoMinutes">Business services: recovery time objective in minutes.</param>
/// <param name="RpoMinutes">Business services: recovery point objective in minutes.</param>
/// <param name="VisibleToRequesters">Business services: shown to requesters in the service catalog.</param>
/// <param name="Tags">Tags, lower case, sorted.</param>
/// <param name="CreatedAt">When it was recorded.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record ServiceDto(
    long Id, string Name, ServiceKind Kind, LifecycleStatus Status, DeploymentEnvironment? Environment, Criticality? Criticality,
    NamedRef? OwnerTeam, string? Description, string? Vendor, string? Product, string? SoftwareVersion, string? Url, string? DatabaseEngine,
    int? Tier, string? SupportHours, int? RtoMinutes, int? RpoMinutes, bool VisibleToRequesters,
    IReadOnlyList<string> Tags, DateTimeOffset CreatedAt, int Version)
{
    /// <summary>The request that would write this service as it is: the starting point for changing some fields with <c>PUT</c>.</summary>
    public ServiceRequest ToRequest() => new(
        Name, Kind, Status, Environment, Criticality, OwnerTeam?.Id, Description, Vendor, Product, SoftwareVersion, Url, DatabaseEngine,
        Tier, SupportHours, DurationText.Format(RtoMinutes), DurationText.Format(RpoMinutes), VisibleToRequesters, Tags);
}

/// <summary>Creates a service, or replaces all of its fields (<c>PUT</c>). The catalog fields (tier, support hours, RTO, RPO, visibility) are for business services only.</summary>
/// <param name="Name">Name, unique among the organization's services of the same kind.</param>
/// <param name="Kind">What kind of service.</param>
/// <param name="Status">Lifecycle status; default active.</param>
/// <param name="Environment">Environment it serves.</param>
/// <param name="Criticality">How much its failure hurts.</param>
/// <param name="OwnerTeamId">Owning team; required for business services.</param>
/// <param name="Description">Free text.</param>
/// <param name="Vendor">Vendor of the software.</param>
/// <param name="Product">Product name.</param>
/// <param name="SoftwareVersion">Version of the software.</param>
/// <param name="Url">Where people reach it: an absolute http or https URL.</param>
/// <param name="DatabaseEngine">Databases only: the engine.</param>
/// <param name="Tier">Business services: 1 (most critical) to 4.</param>
/// <param name="SupportHours">Business services: free text; <c>24x7</c> and <c>Business hours</c> are the usual values.</param>
/// <param name="Rto">Business services: recovery time objective as a duration such as <c>4h</c>, <c>30m</c> or <c>1d12h</c>.</param>
/// <param name="Rpo">Business services: recovery point objective, written like <c>Rto</c>.</param>
/// <param name="VisibleToRequesters">Business services: shown to requesters in the service catalog.</param>
/// <param name="Tags">Tags (letters, digits, - _ . :); stored in lower case. Null or empty removes all.</param>
public sealed record ServiceRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    ServiceKind Kind = ServiceKind.Application,
    LifecycleStatus Status = LifecycleStatus.Active,
    DeploymentEnvironment? Environment = null,
    Criticality? Criticality = null,
    long? OwnerTeamId = null,
    [property: StringLength(1000)] string? Description = null,
    [property: StringLength(100)] string? Vendor = null,
    [property: StringLength(100)] string? Product = null,
    [property: StringLength(50)] string? SoftwareVersion = null,
    [property: StringLength(500)] string? Url = null,
    [property: StringLength(100)] string? DatabaseEngine = null,
    int? Tier = null,
    [property: StringLength(100)] string? SupportHours = null,
    [property: StringLength(20)] string? Rto = null,
    [property: StringLength(20)] string? Rpo = null,
    bool VisibleToRequesters = false,
    IReadOnlyList<string>? Tags = null);

/// <summary>Filters of the service list, on top of paging and <c>q</c> (name).</summary>
/// <param name="Kind">Only this kind.</param>
/// <param name="Tier">Only business services of this tier.</param>
/// <param name="OwnerTeamId">Only services this team owns.</param>
/// <param name="VisibleToRequesters">Only services that are (true) or are not (false) shown to requesters.</param>
/// <param name="Status">Only this lifecycle status.</param>
public sealed record ServiceFilter(ServiceKind? Kind = null, int? Tier = null, long? OwnerTeamId = null, bool? VisibleToRequesters = null, LifecycleStatus? Status = null);

/// <summary>A business service as the service catalog shows it to requesters.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Name.</param>
/// <param name="Description">What the service is.</param>
/// <param name="Tier">Criticality tier, 1 to 4.</param>
/// <param name="OwnerTeam">The team that runs it.</param>
/// <param name="SupportHours">When it is supported.</param>
public sealed record CatalogEntryDto(long Id, string Name, string? Description, int? Tier, NamedRef? OwnerTeam, string? SupportHours);

namespace Watchkeeper.Server.Platform.Roles;

/// <summary>
/// The permission catalog. Every endpoint and page names one of these; roles are sets of them.
/// Modules that are not built yet already have their names so that the built-in roles mean
/// something from the first install and keep their meaning as modules arrive.
/// </summary>
public static class Permissions
{
    public const string UsersRead = "platform.users.read";
    public const string UsersManage = "platform.users.manage";
    public const string TeamsRead = "platform.teams.read";
    public const string TeamsManage = "platform.teams.manage";
    public const string RolesRead = "platform.roles.read";
    public const string RolesManage = "platform.roles.manage";
    public const string TokensManage = "platform.tokens.manage";
    public const string AuditRead = "platform.audit.read";
    public const string OrganizationManage = "platform.organization.manage";
    public const string SystemManage = "platform.system.manage";

    public const string InventoryRead = "inventory.read";
    public const string InventoryWrite = "inventory.write";
    public const string InventoryNetworkWrite = "inventory.network.write";
    public const string InventoryImport = "inventory.import";
    public const string MonitoringRead = "monitoring.read";
    public const string MonitoringWrite = "monitoring.write";
    public const string AlertingRead = "alerting.read";
    public const string AlertingAcknowledge = "alerting.acknowledge";
    public const string AlertingSilence = "alerting.silence";
    public const string AlertingWrite = "alerting.write";
    public const string OnCallRead = "oncall.read";
    public const string OnCallWrite = "oncall.write";
    public const string ServiceDeskRequest = "servicedesk.request";
    public const string ServiceDeskRead = "servicedesk.read";
    public const string ServiceDeskWork = "servicedesk.work";
    public const string ServiceDeskManage = "servicedesk.manage";
    public const string ReliabilityRead = "reliability.read";
    public const string ReliabilityWrite = "reliability.write";
    public const string ContinuityRead = "continuity.read";
    public const string ContinuityWrite = "continuity.write";
    public const string AutomationRead = "automation.read";
    public const string AutomationRun = "automation.run";
    public const string AutomationWrite = "automation.write";
    public const string ComplianceRead = "compliance.read";
    public const string ComplianceWrite = "compliance.write";

    public static IReadOnlyList<PermissionInfo> All { get; } =
    [
        new(UsersRead, "Platform", "See users and their roles"),
        new(UsersManage, "Platform", "Invite, create, change and disable users"),
        new(TeamsRead, "Platform", "See teams"),
        new(TeamsManage, "Platform", "Create and change teams"),
        new(RolesRead, "Platform", "See roles"),
        new(RolesManage, "Platform", "Create and change custom roles"),
        new(TokensManage, "Platform", "Create service tokens and revoke anyone's tokens"),
        new(AuditRead, "Platform", "Read the audit log"),
        new(OrganizationManage, "Platform", "Change organization settings and secrets"),
        new(SystemManage, "Platform", "See and retry failed background events"),
        new(InventoryRead, "Inventory", "See the inventory"),
        new(InventoryWrite, "Inventory", "Change the inventory"),
        new(InventoryNetworkWrite, "Inventory",
            "Change facilities, devices and the network: sites, locations, racks, device types, devices, interfaces, cables, VLANs, VRFs, prefixes and addresses"),
        new(InventoryImport, "Inventory", "Import and discover inventory"),
        new(MonitoringRead, "Monitoring", "See checks and results"),
        new(MonitoringWrite, "Monitoring", "Create and change checks and maintenance"),
        new(AlertingRead, "Alerting", "See alerts"),
        new(AlertingAcknowledge, "Alerting", "Acknowledge and resolve alerts"),
        new(AlertingSilence, "Alerting", "Create and expire silences"),
        new(AlertingWrite, "Alerting", "Change integrations, routes and inhibition rules"),
        new(OnCallRead, "On-call", "See schedules and escalation policies"),
        new(OnCallWrite, "On-call", "Change schedules, overrides and escalation policies"),
        new(ServiceDeskRequest, "Service desk", "File and follow one's own requests"),
        new(ServiceDeskRead, "Service desk", "See all tickets"),
        new(ServiceDeskWork, "Service desk", "Work tickets"),
        new(ServiceDeskManage, "Service desk", "Change SLAs, queues, approvals and the catalog"),
        new(ReliabilityRead, "Reliability", "See SLOs, status pages and reports"),
        new(ReliabilityWrite, "Reliability", "Change SLOs and status pages"),
        new(ContinuityRead, "Continuity", "See backups and DR plans"),
        new(ContinuityWrite, "Continuity", "Change backup policies and DR plans"),
        new(AutomationRead, "Automation", "See runbooks and runs"),
        new(AutomationRun, "Automation", "Run runbooks"),
        new(AutomationWrite, "Automation", "Change runbooks"),
        new(ComplianceRead, "Compliance", "See policies and compliance reports"),
        new(ComplianceWrite, "Compliance", "Change policies"),
    ];

    private static readonly HashSet<string> Known = All.Select(p => p.Name).ToHashSet(StringComparer.Ordinal);

    /// <summary>A broader permission that includes narrower ones, so roles need not list both.</summary>
    private static readonly Dictionary<string, string> ImpliedBy = new(StringComparer.Ordinal)
    {
        [InventoryNetworkWrite] = InventoryWrite,
    };

    public static bool IsKnown(string name) => Known.Contains(name);

    /// <summary>Whether holding <paramref name="held"/> grants <paramref name="permission"/>, directly or through a broader one.</summary>
    public static bool Grants(IReadOnlySet<string> held, string permission) =>
        held.Contains(permission) || (ImpliedBy.TryGetValue(permission, out var broader) && held.Contains(broader));
}

public sealed record PermissionInfo(string Name, string Module, string Description);

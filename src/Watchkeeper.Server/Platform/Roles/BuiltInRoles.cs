using static Watchkeeper.Server.Platform.Roles.Permissions;

namespace Watchkeeper.Server.Platform.Roles;

/// <summary>The roles every organization has from the start.</summary>
public static class BuiltInRoles
{
    public const string Administrator = "Administrator";
    public const string Viewer = "Viewer";
    public const string Requester = "Requester";

    private static readonly string[] ReadEverything =
    [
        UsersRead, TeamsRead, RolesRead, InventoryRead, MonitoringRead, AlertingRead, OnCallRead,
        ServiceDeskRead, ReliabilityRead, ContinuityRead, AutomationRead, ComplianceRead,
    ];

    public static IReadOnlyList<(string Name, string Description, string[] Permissions)> All { get; } =
    [
        (Administrator, "Everything in the organization, including users, roles and tokens",
            Permissions.All.Select(p => p.Name).ToArray()),
        ("Operations Manager", "Runs the operation: teams, on-call, SLAs, reports and the audit trail",
            [.. ReadEverything, TeamsManage, AuditRead, AlertingAcknowledge, AlertingSilence, AlertingWrite, OnCallWrite,
             ServiceDeskWork, ServiceDeskManage, ReliabilityWrite, ContinuityWrite, MonitoringWrite]),
        ("IT Operator", "Watches the board, acknowledges alerts, runs runbooks, sets maintenance",
            [.. ReadEverything, MonitoringWrite, AlertingAcknowledge, AlertingSilence, AutomationRun, ServiceDeskWork]),
        ("Network Engineer", "Inventories devices, links, VLANs and IP space; watches interfaces",
            [UsersRead, TeamsRead, InventoryRead, InventoryNetworkWrite, InventoryImport, MonitoringRead, MonitoringWrite,
             AlertingRead, AlertingAcknowledge, AlertingSilence, OnCallRead, ServiceDeskRead, ServiceDeskWork, AutomationRead, AutomationRun]),
        ("Application Analyst", "Looks after applications: their checks, SLOs and tickets",
            [UsersRead, TeamsRead, InventoryRead, MonitoringRead, MonitoringWrite, AlertingRead, AlertingAcknowledge,
             OnCallRead, ServiceDeskRead, ServiceDeskWork, ReliabilityRead, ReliabilityWrite, AutomationRead]),
        ("Cloud Architect", "Designs cloud and hosting: inventory, continuity and reliability",
            [UsersRead, TeamsRead, InventoryRead, InventoryWrite, InventoryImport, MonitoringRead, AlertingRead,
             ReliabilityRead, ContinuityRead, ContinuityWrite, AutomationRead, ComplianceRead]),
        ("Systems Integrator", "Connects systems: imports, integrations and automation",
            [UsersRead, TeamsRead, InventoryRead, InventoryWrite, InventoryImport, MonitoringRead, MonitoringWrite,
             AlertingRead, AlertingWrite, AutomationRead, AutomationRun, AutomationWrite]),
        ("Business Architect", "Owns the service catalog, business impact and continuity plans",
            [UsersRead, TeamsRead, InventoryRead, InventoryWrite, ReliabilityRead, ContinuityRead, ContinuityWrite, ComplianceRead, ServiceDeskRead]),
        ("Compliance Analyst", "Reads everything and the audit trail; maintains policies",
            [.. ReadEverything, AuditRead, ComplianceWrite]),
        ("Support Agent", "Works the ticket queue and answers requesters",
            [UsersRead, TeamsRead, InventoryRead, AlertingRead, OnCallRead, ServiceDeskRequest, ServiceDeskRead, ServiceDeskWork, MonitoringRead]),
        (Requester, "Files requests from the portal and follows them", [ServiceDeskRequest]),
        (Viewer, "Reads the operational modules, changes nothing",
            [UsersRead, TeamsRead, InventoryRead, MonitoringRead, AlertingRead, OnCallRead, ServiceDeskRead, ReliabilityRead, ContinuityRead, AutomationRead]),
    ];
}

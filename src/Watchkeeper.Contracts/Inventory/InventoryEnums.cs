namespace Watchkeeper.Contracts;

/// <summary>What a configuration item is; every inventory object that takes part in relationships has one.</summary>
public enum CiKind
{
    /// <summary>A physical, virtual or cloud device.</summary>
    Device,
    /// <summary>"At least N of these": its members are the items that are member-of it.</summary>
    RedundancyGroup,
    /// <summary>An application: software people or other systems use.</summary>
    Application,
    /// <summary>A database.</summary>
    Database,
    /// <summary>A service that other services rely on (DNS, SSO, a message bus), not offered to the business directly.</summary>
    TechnicalService,
    /// <summary>A service the business uses; business services form the service catalog.</summary>
    BusinessService,
}

/// <summary>Where a configuration item is in its life.</summary>
public enum LifecycleStatus
{
    /// <summary>Ordered or designed, not yet installed.</summary>
    Planned,
    /// <summary>Installed and being prepared.</summary>
    Staged,
    /// <summary>In service.</summary>
    Active,
    /// <summary>Temporarily out of service for work.</summary>
    Maintenance,
    /// <summary>Being taken out of service.</summary>
    Decommissioning,
    /// <summary>Out of service for good; kept for the record.</summary>
    Retired,
}

/// <summary>The environment a configuration item serves.</summary>
public enum DeploymentEnvironment
{
    /// <summary>Serves real users.</summary>
    Production,
    /// <summary>Pre-production.</summary>
    Staging,
    /// <summary>Testing.</summary>
    Test,
    /// <summary>Development.</summary>
    Development,
    /// <summary>Disaster-recovery standby.</summary>
    DisasterRecovery,
}

/// <summary>How much the business suffers when the item fails.</summary>
public enum Criticality
{
    /// <summary>Little effect.</summary>
    Low,
    /// <summary>Noticeable effect.</summary>
    Medium,
    /// <summary>Serious effect.</summary>
    High,
    /// <summary>The business stops.</summary>
    Critical,
}

/// <summary>What kind of device it is.</summary>
public enum DeviceKind
{
    /// <summary>Physical server.</summary>
    Server,
    /// <summary>Virtual machine.</summary>
    VirtualMachine,
    /// <summary>Hypervisor host or cluster.</summary>
    Hypervisor,
    /// <summary>Network switch.</summary>
    Switch,
    /// <summary>Router.</summary>
    Router,
    /// <summary>Firewall.</summary>
    Firewall,
    /// <summary>Load balancer.</summary>
    LoadBalancer,
    /// <summary>Wireless access point.</summary>
    WirelessAccessPoint,
    /// <summary>Storage array or NAS.</summary>
    Storage,
    /// <summary>Power distribution unit.</summary>
    Pdu,
    /// <summary>Uninterruptible power supply.</summary>
    Ups,
    /// <summary>Workstation or laptop.</summary>
    Workstation,
    /// <summary>Printer.</summary>
    Printer,
    /// <summary>Phone.</summary>
    Phone,
    /// <summary>A resource of a cloud provider (instance, managed database, bucket…).</summary>
    CloudResource,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>A side of a rack.</summary>
public enum RackFace
{
    /// <summary>The front.</summary>
    Front,
    /// <summary>The rear.</summary>
    Rear,
}

/// <summary>How a rack's units are numbered.</summary>
public enum RackNumbering
{
    /// <summary>Unit 1 at the bottom.</summary>
    Ascending,
    /// <summary>Unit 1 at the top.</summary>
    Descending,
}

/// <summary>What a location inside a site is.</summary>
public enum LocationKind
{
    /// <summary>A building.</summary>
    Building,
    /// <summary>A floor of a building.</summary>
    Floor,
    /// <summary>A room.</summary>
    Room,
    /// <summary>A cage, row or other area.</summary>
    Area,
}

/// <summary>What a contract with a vendor is for.</summary>
public enum ContractKind
{
    /// <summary>Vendor support: who to call and how fast they answer.</summary>
    Support,
    /// <summary>Maintenance of hardware or software.</summary>
    Maintenance,
    /// <summary>A software licence.</summary>
    Licence,
    /// <summary>An extended warranty.</summary>
    Warranty,
    /// <summary>A subscription to a service.</summary>
    Subscription,
    /// <summary>Anything else.</summary>
    Other,
}

/// <summary>What a custom field holds, which says how its values are checked.</summary>
public enum CustomFieldKind
{
    /// <summary>Free text.</summary>
    Text,
    /// <summary>A number (invariant notation, e.g. 12.5).</summary>
    Number,
    /// <summary>A date in ISO form, yyyy-MM-dd.</summary>
    Date,
    /// <summary>true or false.</summary>
    Boolean,
    /// <summary>One of the field's allowed values.</summary>
    Choice,
    /// <summary>An http or https address.</summary>
    Url,
}

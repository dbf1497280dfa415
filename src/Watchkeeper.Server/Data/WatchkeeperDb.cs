using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Watchkeeper.Server.Data.Outbox;
using Watchkeeper.Server.Inventory.Devices;
using Watchkeeper.Server.Inventory.Facilities;
using Watchkeeper.Server.Inventory.Items;
using Watchkeeper.Server.Inventory.Relationships;
using Watchkeeper.Server.Inventory.Network;
using Watchkeeper.Server.Inventory.Services;
using Watchkeeper.Server.Inventory.CustomFields;
using Watchkeeper.Server.Inventory.Vendors;
using Watchkeeper.Server.Inventory.Network.Cabling;
using Watchkeeper.Server.Inventory.Power;
using Watchkeeper.Server.Platform.Audit;
using Watchkeeper.Server.Platform.Identity;
using Watchkeeper.Server.Platform.Organizations;
using Watchkeeper.Server.Platform.Roles;
using Watchkeeper.Server.Platform.Secrets;
using Watchkeeper.Server.Platform.Teams;
using Watchkeeper.Server.Platform.Tokens;
using Watchkeeper.Server.Platform.Views;
using Watchkeeper.Server.Inventory.Discovery.Findings;
using Watchkeeper.Server.Inventory.Discovery.Jobs;
using Watchkeeper.Server.Inventory.Discovery.Runs;
using Watchkeeper.Server.Monitoring.Checks;
using Watchkeeper.Server.Monitoring.Maintenance;

namespace Watchkeeper.Server.Data;

public sealed partial class WatchkeeperDb(DbContextOptions<WatchkeeperDb> options) : IdentityUserContext<User, long>(options)
{
    public DbSet<Organization> Organizations => Set<Organization>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Role> Roles => Set<Role>();
    public DbSet<Team> Teams => Set<Team>();
    public DbSet<SavedView> SavedViews => Set<SavedView>();
    public DbSet<ColumnChoice> ColumnChoices => Set<ColumnChoice>();
    public DbSet<TeamMember> TeamMembers => Set<TeamMember>();
    public DbSet<Invitation> Invitations => Set<Invitation>();
    public DbSet<SetupToken> SetupTokens => Set<SetupToken>();
    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();
    public DbSet<StoredSecret> Secrets => Set<StoredSecret>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();
    public DbSet<UserSession> UserSessions => Set<UserSession>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<ConfigurationItem> ConfigurationItems => Set<ConfigurationItem>();
    public DbSet<Site> Sites => Set<Site>();
    public DbSet<Location> Locations => Set<Location>();
    public DbSet<Rack> Racks => Set<Rack>();
    public DbSet<DeviceType> DeviceTypes => Set<DeviceType>();
    public DbSet<Device> Devices => Set<Device>();
    public DbSet<Relationship> Relationships => Set<Relationship>();
    public DbSet<RedundancyGroup> RedundancyGroups => Set<RedundancyGroup>();
    public DbSet<Vrf> Vrfs => Set<Vrf>();
    public DbSet<IpPrefix> IpPrefixes => Set<IpPrefix>();
    public DbSet<IpAddress> IpAddresses => Set<IpAddress>();
    public DbSet<VlanGroup> VlanGroups => Set<VlanGroup>();
    public DbSet<Vlan> Vlans => Set<Vlan>();
    public DbSet<Service> Services => Set<Service>();
    public DbSet<Vendor> Vendors => Set<Vendor>();
    public DbSet<Contract> Contracts => Set<Contract>();
    public DbSet<ContractItem> ContractItems => Set<ContractItem>();
    public DbSet<CustomField> CustomFields => Set<CustomField>();
    public DbSet<CustomFieldValue> CustomFieldValues => Set<CustomFieldValue>();
    public DbSet<DeviceTypeInterface> DeviceTypeInterfaces => Set<DeviceTypeInterface>();
    public DbSet<DeviceInterface> Interfaces => Set<DeviceInterface>();
    public DbSet<Cable> Cables => Set<Cable>();
    public DbSet<CableEnd> CableEnds => Set<CableEnd>();
    public DbSet<DiscoveryJob> DiscoveryJobs => Set<DiscoveryJob>();
    public DbSet<DiscoveryRun> DiscoveryRuns => Set<DiscoveryRun>();
    public DbSet<DiscoveryFinding> DiscoveryFindings => Set<DiscoveryFinding>();
    public DbSet<PowerPanel> PowerPanels => Set<PowerPanel>();
    public DbSet<PowerFeed> PowerFeeds => Set<PowerFeed>();
    public DbSet<PowerConnection> PowerConnections => Set<PowerConnection>();
    public DbSet<Check> Checks => Set<Check>();
    public DbSet<CheckStatus> CheckStatuses => Set<CheckStatus>();
    public DbSet<CheckResult> CheckResults => Set<CheckResult>();
    public DbSet<CheckStateChange> CheckStateChanges => Set<CheckStateChange>();
    public DbSet<Monitoring.Heartbeats.Heartbeat> Heartbeats => Set<Monitoring.Heartbeats.Heartbeat>();
    public DbSet<MaintenanceWindow> MaintenanceWindows => Set<MaintenanceWindow>();

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(WatchkeeperDb).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite has no date type: stored as UTC ticks, times compare and sort in SQL.
        if (IsSqlite)
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Teams;

namespace Watchkeeper.Server.Inventory.Items;

/// <summary>
/// The identity every inventory object that can take part in relationships shares: devices
/// now, VMs, services, applications and databases later. Other modules (checks, alerts,
/// tickets, backups) and relationships point at this row; the kind-specific row (a
/// <see cref="Devices.Device"/>) has the same id. See docs/adr/0005.
/// </summary>
public sealed class ConfigurationItem : IVersioned, IAudited
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public CiKind Kind { get; set; }
    public required string Name { get; set; }
    public LifecycleStatus Status { get; set; }
    public DeploymentEnvironment? Environment { get; set; }
    public Criticality? Criticality { get; set; }
    public long? OwnerTeamId { get; set; }
    public Team? OwnerTeam { get; set; }
    public string? Description { get; set; }
    public List<ItemTag> Tags { get; set; } = [];
    public List<CustomFields.CustomFieldValue> CustomFieldValues { get; set; } = [];
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class ConfigurationItemConfiguration : IEntityTypeConfiguration<ConfigurationItem>
{
    public void Configure(EntityTypeBuilder<ConfigurationItem> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Environment).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Criticality).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Description).HasMaxLength(1000);
        builder.HasIndex(c => new { c.OrganizationId, c.Kind, c.Name }).IsUnique();
        builder.HasIndex(c => new { c.OrganizationId, c.Status });
        // The global search looks names up across kinds.
        builder.HasIndex(c => new { c.OrganizationId, c.Name });
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Tags).WithOne().HasForeignKey(t => t.ItemId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.OwnerTeam).WithMany().HasForeignKey(c => c.OwnerTeamId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}

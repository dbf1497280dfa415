using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Facilities;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>A VLAN; its VID is unique within its group, and VLANs without a group may repeat VIDs (one per switch, say).</summary>
public sealed class Vlan : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long? GroupId { get; set; }
    public int Vid { get; set; }
    public required string Name { get; set; }
    public long? SiteId { get; set; }
    public VlanStatus Status { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class VlanConfiguration : IEntityTypeConfiguration<Vlan>
{
    public void Configure(EntityTypeBuilder<Vlan> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(100);
        builder.Property(v => v.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(v => v.Description).HasMaxLength(1000);
        // NULL groups never clash in a unique index on either provider, which is exactly "unique within a group".
        builder.HasIndex(v => new { v.GroupId, v.Vid }).IsUnique();
        builder.HasIndex(v => new { v.OrganizationId, v.Vid });
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(v => v.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<VlanGroup>().WithMany().HasForeignKey(v => v.GroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(v => v.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(v => v.Version).IsConcurrencyToken();
    }
}

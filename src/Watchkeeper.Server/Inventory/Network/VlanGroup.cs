using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Facilities;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>A set of VLANs whose VIDs must not repeat: one switching domain, usually one site.</summary>
public sealed class VlanGroup : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public required string Name { get; set; }
    public long? SiteId { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class VlanGroupConfiguration : IEntityTypeConfiguration<VlanGroup>
{
    public void Configure(EntityTypeBuilder<VlanGroup> builder)
    {
        builder.Property(g => g.Name).HasMaxLength(100);
        builder.Property(g => g.Description).HasMaxLength(1000);
        builder.HasIndex(g => new { g.OrganizationId, g.Name }).IsUnique();
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(g => g.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Site>().WithMany().HasForeignKey(g => g.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(g => g.Version).IsConcurrencyToken();
    }
}

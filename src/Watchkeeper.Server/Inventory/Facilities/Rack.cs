using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Facilities;

/// <summary>A rack of numbered units at a site, optionally in a location of that site.</summary>
public sealed class Rack : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long SiteId { get; set; }
    public Site Site { get; set; } = null!;
    public long? LocationId { get; set; }
    public required string Name { get; set; }
    public int HeightU { get; set; }
    public RackNumbering Numbering { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class RackConfiguration : IEntityTypeConfiguration<Rack>
{
    public void Configure(EntityTypeBuilder<Rack> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Numbering).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Description).HasMaxLength(1000);
        builder.HasIndex(r => new { r.SiteId, r.Name }).IsUnique();
        builder.HasIndex(r => new { r.OrganizationId, r.Name });
        builder.HasOne(r => r.Site).WithMany().HasForeignKey(r => r.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Location>().WithMany().HasForeignKey(r => r.LocationId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}

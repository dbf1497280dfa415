using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Facilities;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>An electrical panel at a site, optionally in one of its locations; feeds leave from it.</summary>
public sealed class PowerPanel : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long SiteId { get; set; }
    public Site Site { get; set; } = null!;
    public long? LocationId { get; set; }
    public required string Name { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class PowerPanelConfiguration : IEntityTypeConfiguration<PowerPanel>
{
    public void Configure(EntityTypeBuilder<PowerPanel> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.Notes).HasMaxLength(1000);
        builder.HasIndex(p => new { p.SiteId, p.Name }).IsUnique();
        builder.HasIndex(p => new { p.OrganizationId, p.Name });
        builder.HasOne(p => p.Site).WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Restrict);
        // A panel outlives the room it was recorded in; it is then just "somewhere in the site".
        builder.HasOne<Location>().WithMany().HasForeignKey(p => p.LocationId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}

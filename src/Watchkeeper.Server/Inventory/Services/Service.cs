using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Inventory.Services;

/// <summary>
/// The service-specific part of an application, database, technical or business service item,
/// keyed by the item's id. One row type for the four kinds: they share every column but the
/// catalog ones, and the kind itself is the item's (so names are unique per kind by the item's index).
/// </summary>
public sealed class Service : IAudited, IItemRow
{
    public long Id { get; set; }
    public ConfigurationItem Item { get; set; } = null!;
    public long OrganizationId { get; set; }
    public string? Vendor { get; set; }
    public string? Product { get; set; }
    public string? SoftwareVersion { get; set; }
    public string? Url { get; set; }
    public string? DatabaseEngine { get; set; }
    public int? Tier { get; set; }
    public string? SupportHours { get; set; }
    public int? RtoMinutes { get; set; }
    public int? RpoMinutes { get; set; }
    public bool VisibleToRequesters { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class ServiceConfiguration : IEntityTypeConfiguration<Service>
{
    public void Configure(EntityTypeBuilder<Service> builder)
    {
        builder.Property(s => s.Id).ValueGeneratedNever();
        builder.HasOne(s => s.Item).WithOne().HasForeignKey<Service>(s => s.Id).OnDelete(DeleteBehavior.Cascade);
        foreach (var text in new[] { nameof(Service.Vendor), nameof(Service.Product), nameof(Service.DatabaseEngine), nameof(Service.SupportHours) })
        {
            builder.Property(text).HasMaxLength(100);
        }
        builder.Property(s => s.SoftwareVersion).HasMaxLength(50);
        builder.Property(s => s.Url).HasMaxLength(500);
        builder.HasIndex(s => new { s.OrganizationId, s.VisibleToRequesters });
        builder.HasIndex(s => new { s.OrganizationId, s.Tier });
    }
}

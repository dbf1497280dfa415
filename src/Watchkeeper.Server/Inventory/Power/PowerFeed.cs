using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Facilities;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>A circuit from a panel, optionally serving one rack at the panel's site.</summary>
public sealed class PowerFeed : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long PanelId { get; set; }
    public PowerPanel Panel { get; set; } = null!;
    public required string Name { get; set; }
    public PowerFeedStatus Status { get; set; }
    public PowerFeedType Type { get; set; }
    public PowerSupply Supply { get; set; }
    public PowerPhase Phase { get; set; }
    public int Voltage { get; set; }
    public int Amperage { get; set; }
    public int MaxUtilizationPercent { get; set; }
    public long? RackId { get; set; }
    public Rack? Rack { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class PowerFeedConfiguration : IEntityTypeConfiguration<PowerFeed>
{
    public void Configure(EntityTypeBuilder<PowerFeed> builder)
    {
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.Property(f => f.Notes).HasMaxLength(1000);
        foreach (var choice in new[] { nameof(PowerFeed.Status), nameof(PowerFeed.Type), nameof(PowerFeed.Supply), nameof(PowerFeed.Phase) })
        {
            builder.Property(choice).HasConversion<string>().HasMaxLength(32);
        }
        builder.HasIndex(f => new { f.PanelId, f.Name }).IsUnique();
        builder.HasIndex(f => new { f.OrganizationId, f.Name });
        builder.HasOne(f => f.Panel).WithMany().HasForeignKey(f => f.PanelId).OnDelete(DeleteBehavior.Restrict);
        // Removing a rack leaves the circuit in place; it then serves no rack in particular.
        builder.HasOne(f => f.Rack).WithMany().HasForeignKey(f => f.RackId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(f => f.Version).IsConcurrencyToken();
    }
}

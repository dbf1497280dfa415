using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Devices;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>A power cord: a device draws from a feed or from an upstream PDU or UPS, never both.</summary>
public sealed class PowerConnection : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long DeviceId { get; set; }
    public Device Device { get; set; } = null!;
    public long? FeedId { get; set; }
    public PowerFeed? Feed { get; set; }
    public long? UpstreamDeviceId { get; set; }
    public Device? UpstreamDevice { get; set; }
    public string? Label { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class PowerConnectionConfiguration : IEntityTypeConfiguration<PowerConnection>
{
    public void Configure(EntityTypeBuilder<PowerConnection> builder)
    {
        builder.Property(c => c.Label).HasMaxLength(100);
        builder.HasIndex(c => new { c.OrganizationId, c.DeviceId });
        // A device's own cords go with it; what it supplies and the feeds' cords are refused a delete instead (see the administrations).
        builder.HasOne(c => c.Device).WithMany().HasForeignKey(c => c.DeviceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.UpstreamDevice).WithMany().HasForeignKey(c => c.UpstreamDeviceId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Feed).WithMany().HasForeignKey(c => c.FeedId).OnDelete(DeleteBehavior.Restrict);
        builder.ToTable(t => t.HasCheckConstraint("CK_PowerConnections_OneSource", "(\"FeedId\" IS NULL) <> (\"UpstreamDeviceId\" IS NULL)"));
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}

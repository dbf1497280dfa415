using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>An interface template: each new device of the type gets an interface like it.</summary>
public sealed class DeviceTypeInterface : IAudited
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long DeviceTypeId { get; set; }
    public required string Name { get; set; }
    public InterfaceKind Kind { get; set; }
    public int? SpeedMbps { get; set; }
    public bool ManagementOnly { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class DeviceTypeInterfaceConfiguration : IEntityTypeConfiguration<DeviceTypeInterface>
{
    public void Configure(EntityTypeBuilder<DeviceTypeInterface> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(64);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(t => new { t.DeviceTypeId, t.Name }).IsUnique();
        builder.HasOne<DeviceType>().WithMany(t => t.Interfaces).HasForeignKey(t => t.DeviceTypeId).OnDelete(DeleteBehavior.Cascade);
    }
}

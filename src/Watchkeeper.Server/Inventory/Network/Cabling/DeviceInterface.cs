using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Devices;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

/// <summary>A network interface of a device; removed with its device.</summary>
public sealed class DeviceInterface : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long DeviceId { get; set; }
    public Device Device { get; set; } = null!;
    public required string Name { get; set; }
    public InterfaceKind Kind { get; set; }
    public int? SpeedMbps { get; set; }
    public string? MacAddress { get; set; }
    public bool Enabled { get; set; } = true;
    public bool ManagementOnly { get; set; }
    public string? Description { get; set; }
    public long? LagId { get; set; }
    public DeviceInterface? Lag { get; set; }
    public CableEnd? CableEnd { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;

    /// <summary>Logical and radio interfaces have no port to plug a cable into.</summary>
    public static bool Cableable(InterfaceKind kind) => kind is not (InterfaceKind.Virtual or InterfaceKind.Lag or InterfaceKind.Wireless);
}

internal sealed class DeviceInterfaceConfiguration : IEntityTypeConfiguration<DeviceInterface>
{
    public void Configure(EntityTypeBuilder<DeviceInterface> builder)
    {
        builder.ToTable("Interfaces");
        builder.Property(i => i.Name).HasMaxLength(64);
        builder.Property(i => i.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(i => i.MacAddress).HasMaxLength(17);
        builder.Property(i => i.Description).HasMaxLength(1000);
        builder.HasIndex(i => new { i.DeviceId, i.Name }).IsUnique();
        builder.HasIndex(i => new { i.OrganizationId, i.MacAddress });
        builder.HasOne(i => i.Device).WithMany().HasForeignKey(i => i.DeviceId).OnDelete(DeleteBehavior.Cascade);
        // A LAG's members fall back to standalone ports when it goes, also when its whole device goes in one statement.
        builder.HasOne(i => i.Lag).WithMany().HasForeignKey(i => i.LagId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(i => i.Version).IsConcurrencyToken();
    }
}

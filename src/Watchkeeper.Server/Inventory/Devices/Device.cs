using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Facilities;
using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>
/// The device-specific part of a configuration item, keyed by the item's id. The organization
/// is repeated here so that device lists filter and page on this table's own indexes.
/// </summary>
public sealed class Device : IAudited, IItemRow
{
    public long Id { get; set; }
    public ConfigurationItem Item { get; set; } = null!;
    public long OrganizationId { get; set; }
    public DeviceKind Kind { get; set; }
    public long? DeviceTypeId { get; set; }
    public DeviceType? DeviceType { get; set; }
    public string? Hostname { get; set; }
    public string? Fqdn { get; set; }
    public string? Serial { get; set; }
    public string? AssetTag { get; set; }
    public string? PrimaryIp { get; set; }
    public string? OsName { get; set; }
    public string? OsVersion { get; set; }
    public int? CpuCores { get; set; }
    public int? MemoryMb { get; set; }
    public int? DiskGb { get; set; }
    public long? SiteId { get; set; }
    public Site? Site { get; set; }
    public long? RackId { get; set; }
    public Rack? Rack { get; set; }
    public int? Position { get; set; }
    public RackFace? Face { get; set; }
    public string? CloudProvider { get; set; }
    public string? CloudAccount { get; set; }
    public string? CloudRegion { get; set; }
    public DateOnly? PurchaseDate { get; set; }
    public DateOnly? WarrantyEnd { get; set; }
    public long? SupportContractId { get; set; }
    public Vendors.Contract? SupportContract { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class DeviceConfiguration : IEntityTypeConfiguration<Device>
{
    public void Configure(EntityTypeBuilder<Device> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.HasOne(d => d.Item).WithOne().HasForeignKey<Device>(d => d.Id).OnDelete(DeleteBehavior.Cascade);
        builder.Property(d => d.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(d => d.Face).HasConversion<string>().HasMaxLength(16);
        foreach (var text in new[] { nameof(Device.Hostname), nameof(Device.Fqdn) })
        {
            builder.Property(text).HasMaxLength(255);
        }
        foreach (var text in new[] { nameof(Device.Serial), nameof(Device.AssetTag), nameof(Device.OsName), nameof(Device.OsVersion),
                     nameof(Device.CloudProvider), nameof(Device.CloudAccount), nameof(Device.CloudRegion) })
        {
            builder.Property(text).HasMaxLength(100);
        }
        builder.Property(d => d.PrimaryIp).HasMaxLength(64);
        builder.HasIndex(d => new { d.OrganizationId, d.Serial }).IsUnique();
        builder.HasIndex(d => new { d.OrganizationId, d.AssetTag }).IsUnique();
        builder.HasIndex(d => new { d.OrganizationId, d.PrimaryIp });
        builder.HasIndex(d => new { d.OrganizationId, d.Hostname });
        builder.HasIndex(d => new { d.OrganizationId, d.Fqdn });
        builder.HasIndex(d => new { d.OrganizationId, d.Kind });
        builder.HasIndex(d => new { d.OrganizationId, d.SiteId });
        builder.HasIndex(d => new { d.RackId, d.Position });
        builder.HasOne(d => d.DeviceType).WithMany().HasForeignKey(d => d.DeviceTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Site).WithMany().HasForeignKey(d => d.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Rack).WithMany().HasForeignKey(d => d.RackId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.SupportContract).WithMany().HasForeignKey(d => d.SupportContractId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(d => new { d.OrganizationId, d.WarrantyEnd });
    }
}

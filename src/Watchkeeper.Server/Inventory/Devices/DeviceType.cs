using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Devices;

/// <summary>A catalog entry: what a model of device is, so each device need not repeat it.</summary>
public sealed class DeviceType : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public required string Manufacturer { get; set; }
    public required string Model { get; set; }
    public int HeightU { get; set; }
    public bool FullDepth { get; set; }
    public int? PowerDrawWatts { get; set; }

    /// <summary>What a PDU or UPS of this type can supply; the capacity its load is measured against.</summary>
    public int? MaxOutputWatts { get; set; }
    public int Version { get; set; }
    public List<DeviceTypeInterface> Interfaces { get; set; } = [];

    long? IAudited.AuditOrganizationId => OrganizationId;

    public string DisplayName => $"{Manufacturer} {Model}";
}

internal sealed class DeviceTypeConfiguration : IEntityTypeConfiguration<DeviceType>
{
    public void Configure(EntityTypeBuilder<DeviceType> builder)
    {
        builder.Property(t => t.Manufacturer).HasMaxLength(100);
        builder.Property(t => t.Model).HasMaxLength(100);
        builder.HasIndex(t => new { t.OrganizationId, t.Manufacturer, t.Model }).IsUnique();
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(t => t.DisplayName);
        builder.Property(t => t.Version).IsConcurrencyToken();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>
/// An address with its network's length. It is assigned to a configuration item until interfaces exist; then the
/// assignment moves to the interface (see docs/inventory.md).
/// </summary>
public sealed class IpAddress : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long? VrfId { get; set; }

    /// <summary>The VRF id, or 0 for the global table: a unique index treats NULLs as distinct, so it keys on this.</summary>
    public long VrfScope { get; set; }

    public IpFamily Family { get; set; }

    /// <summary>The address as fixed-width hex, so ranges and order work alike on SQLite and PostgreSQL.</summary>
    public required string Key { get; set; }

    public int Length { get; set; }
    public required string Text { get; set; }
    public IpAddressStatus Status { get; set; }
    public string? DnsName { get; set; }
    public long? ItemId { get; set; }
    public ConfigurationItem? Item { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class IpAddressConfiguration : IEntityTypeConfiguration<IpAddress>
{
    public void Configure(EntityTypeBuilder<IpAddress> builder)
    {
        builder.Property(a => a.Family).HasConversion<string>().HasMaxLength(8);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.Key).HasMaxLength(32).IsFixedLength();
        builder.Property(a => a.Text).HasMaxLength(64);
        builder.Property(a => a.DnsName).HasMaxLength(253);
        builder.Property(a => a.Description).HasMaxLength(1000);
        builder.HasIndex(a => new { a.OrganizationId, a.VrfScope, a.Family, a.Key }).IsUnique();
        builder.HasIndex(a => a.ItemId);
        // The global search finds an address in any VRF, and items by the DNS names of their addresses.
        builder.HasIndex(a => new { a.OrganizationId, a.Key });
        builder.HasIndex(a => new { a.OrganizationId, a.DnsName });
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(a => a.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vrf>().WithMany().HasForeignKey(a => a.VrfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Item).WithMany().HasForeignKey(a => a.ItemId).OnDelete(DeleteBehavior.SetNull);
        builder.Property(a => a.Version).IsConcurrencyToken();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

public enum CableSide
{
    A,
    B,
}

/// <summary>Where a cable plugs in. The unique index on the interface is what refuses a second cable when two requests race.</summary>
public sealed class CableEnd : IAudited
{
    public long CableId { get; set; }
    public CableSide Side { get; set; }
    public long OrganizationId { get; set; }
    public long InterfaceId { get; set; }
    public DeviceInterface Interface { get; set; } = null!;

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class CableEndConfiguration : IEntityTypeConfiguration<CableEnd>
{
    public void Configure(EntityTypeBuilder<CableEnd> builder)
    {
        builder.HasKey(e => new { e.CableId, e.Side });
        builder.Property(e => e.Side).HasConversion<string>().HasMaxLength(1);
        builder.HasIndex(e => e.InterfaceId).IsUnique();
        builder.HasOne<Cable>().WithMany(c => c.Ends).HasForeignKey(e => e.CableId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Interface).WithOne(i => i.CableEnd).HasForeignKey<CableEnd>(e => e.InterfaceId).OnDelete(DeleteBehavior.Cascade);
    }
}

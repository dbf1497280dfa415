using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Network.Cabling;

/// <summary>A cable between two interfaces. Its ends are rows of their own so that one unique index holds "one cable per interface".</summary>
public sealed class Cable : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public List<CableEnd> Ends { get; set; } = [];
    public CableType Type { get; set; }
    public string? Label { get; set; }
    public double? LengthMeters { get; set; }
    public string? Colour { get; set; }
    public CableStatus Status { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;

    public CableEnd End(CableSide side) => Ends.Single(e => e.Side == side);
}

internal sealed class CableConfiguration : IEntityTypeConfiguration<Cable>
{
    public void Configure(EntityTypeBuilder<Cable> builder)
    {
        builder.Property(c => c.Type).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Label).HasMaxLength(100);
        builder.Property(c => c.Colour).HasMaxLength(32);
        builder.HasIndex(c => c.OrganizationId);
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}

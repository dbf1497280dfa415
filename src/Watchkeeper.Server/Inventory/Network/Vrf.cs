using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>A routing table; the same prefix may exist once in each.</summary>
public sealed class Vrf : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public required string Name { get; set; }
    public string? RouteDistinguisher { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class VrfConfiguration : IEntityTypeConfiguration<Vrf>
{
    public void Configure(EntityTypeBuilder<Vrf> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(100);
        builder.Property(v => v.RouteDistinguisher).HasMaxLength(32);
        builder.Property(v => v.Description).HasMaxLength(1000);
        builder.HasIndex(v => new { v.OrganizationId, v.Name }).IsUnique();
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(v => v.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Version).IsConcurrencyToken();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Facilities;

namespace Watchkeeper.Server.Inventory.Network;

/// <summary>
/// A network. Its first and last addresses are stored as fixed-width hex keys, so "contains" and "within" are
/// string range comparisons that sort alike on SQLite and PostgreSQL; the parent is computed from them, never stored.
/// </summary>
public sealed class IpPrefix : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long? VrfId { get; set; }

    /// <summary>The VRF id, or 0 for the global table: a unique index treats NULLs as distinct, so it keys on this.</summary>
    public long VrfScope { get; set; }

    public IpFamily Family { get; set; }
    public required string StartKey { get; set; }
    public required string EndKey { get; set; }
    public int Length { get; set; }
    public required string Cidr { get; set; }
    public long? SiteId { get; set; }
    public PrefixStatus Status { get; set; }
    public string? Description { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class IpPrefixConfiguration : IEntityTypeConfiguration<IpPrefix>
{
    public void Configure(EntityTypeBuilder<IpPrefix> builder)
    {
        builder.Property(p => p.Family).HasConversion<string>().HasMaxLength(8);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.StartKey).HasMaxLength(32).IsFixedLength();
        builder.Property(p => p.EndKey).HasMaxLength(32).IsFixedLength();
        builder.Property(p => p.Cidr).HasMaxLength(64);
        builder.Property(p => p.Description).HasMaxLength(1000);
        builder.HasIndex(p => new { p.OrganizationId, p.VrfScope, p.Family, p.StartKey, p.Length }).IsUnique();
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(p => p.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Vrf>().WithMany().HasForeignKey(p => p.VrfId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Site>().WithMany().HasForeignKey(p => p.SiteId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}

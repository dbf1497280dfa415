using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Vendors;

/// <summary>A company the organization buys from; its contracts say what it must support and until when.</summary>
public sealed class Vendor : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public required string Name { get; set; }
    public string? Website { get; set; }
    public string? SupportPhone { get; set; }
    public string? SupportEmail { get; set; }
    public string? AccountNumber { get; set; }
    public string? Notes { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class VendorConfiguration : IEntityTypeConfiguration<Vendor>
{
    public void Configure(EntityTypeBuilder<Vendor> builder)
    {
        builder.Property(v => v.Name).HasMaxLength(100);
        builder.Property(v => v.Website).HasMaxLength(500);
        builder.Property(v => v.SupportPhone).HasMaxLength(50);
        builder.Property(v => v.SupportEmail).HasMaxLength(254);
        builder.Property(v => v.AccountNumber).HasMaxLength(100);
        builder.Property(v => v.Notes).HasMaxLength(2000);
        builder.HasIndex(v => new { v.OrganizationId, v.Name }).IsUnique();
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(v => v.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Version).IsConcurrencyToken();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Inventory.Vendors;

/// <summary>An agreement with a vendor that ends on a date, and the configuration items it covers.</summary>
public sealed class Contract : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long VendorId { get; set; }
    public Vendor Vendor { get; set; } = null!;
    public ContractKind Kind { get; set; }
    public required string Reference { get; set; }
    public DateOnly StartDate { get; set; }
    public DateOnly EndDate { get; set; }
    public int? RenewalNoticeDays { get; set; }
    public decimal? Cost { get; set; }
    public string? Currency { get; set; }
    public string? Description { get; set; }
    public List<ContractItem> CoveredItems { get; set; } = [];
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

/// <summary>One configuration item a contract covers; audited under the contract.</summary>
public sealed class ContractItem : IAudited
{
    public long ContractId { get; set; }
    public long ItemId { get; set; }
    public ConfigurationItem Item { get; set; } = null!;
    public long OrganizationId { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(c => c.Reference).HasMaxLength(100);
        builder.Property(c => c.Currency).HasMaxLength(3);
        builder.Property(c => c.Cost).HasPrecision(18, 2);
        builder.Property(c => c.Description).HasMaxLength(2000);
        builder.HasIndex(c => new { c.VendorId, c.Reference }).IsUnique();
        builder.HasIndex(c => new { c.OrganizationId, c.EndDate });
        builder.HasOne(c => c.Vendor).WithMany().HasForeignKey(c => c.VendorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.CoveredItems).WithOne().HasForeignKey(i => i.ContractId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}

internal sealed class ContractItemConfiguration : IEntityTypeConfiguration<ContractItem>
{
    public void Configure(EntityTypeBuilder<ContractItem> builder)
    {
        builder.ToTable("ContractItems");
        builder.HasKey(i => new { i.ContractId, i.ItemId });
        builder.HasIndex(i => i.ItemId);
        builder.HasOne(i => i.Item).WithMany().HasForeignKey(i => i.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

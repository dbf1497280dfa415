using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Identity;

namespace Watchkeeper.Server.Platform.Views;

/// <summary>A list page's filters, columns and sort under a name, private to its owner or shared with the organization.</summary>
public sealed class SavedView : IVersioned, IAudited
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long OwnerUserId { get; set; }
    public User Owner { get; set; } = null!;
    public required string Page { get; set; }
    public required string Name { get; set; }
    public string Query { get; set; } = "";

    /// <summary>Comma-separated column keys in display order.</summary>
    public string ColumnList { get; set; } = "";
    public string? Sort { get; set; }
    public bool Shared { get; set; }
    public bool Default { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;

    public IReadOnlyList<string> Columns
    {
        get => ColumnsOf(ColumnList);
        set => ColumnList = string.Join(',', value.Select(c => c.Trim()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal));
    }

    /// <summary>Reads the stored list; static so that queries can project it from the column alone.</summary>
    public static IReadOnlyList<string> ColumnsOf(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries);
}

internal sealed class SavedViewConfiguration : IEntityTypeConfiguration<SavedView>
{
    public void Configure(EntityTypeBuilder<SavedView> builder)
    {
        builder.Property(v => v.Page).HasMaxLength(50);
        builder.Property(v => v.Name).HasMaxLength(100);
        builder.Property(v => v.Query).HasMaxLength(2000);
        builder.Property(v => v.ColumnList).HasMaxLength(1000);
        builder.Property(v => v.Sort).HasMaxLength(100);
        builder.Ignore(v => v.Columns);
        builder.HasIndex(v => new { v.OrganizationId, v.OwnerUserId, v.Page, v.Name }).IsUnique();
        builder.HasOne<Organizations.Organization>().WithMany().HasForeignKey(v => v.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.Owner).WithMany().HasForeignKey(v => v.OwnerUserId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(v => v.Version).IsConcurrencyToken();
    }
}

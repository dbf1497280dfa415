using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Watchkeeper.Server.Platform.Views;

/// <summary>The columns a person last chose on a list page; a preference, so not audited.</summary>
public sealed class ColumnChoice
{
    public long OrganizationId { get; set; }
    public long UserId { get; set; }
    public required string Page { get; set; }

    /// <summary>Comma-separated column keys in display order.</summary>
    public string ColumnList { get; set; } = "";
}

internal sealed class ColumnChoiceConfiguration : IEntityTypeConfiguration<ColumnChoice>
{
    public void Configure(EntityTypeBuilder<ColumnChoice> builder)
    {
        builder.HasKey(c => new { c.UserId, c.OrganizationId, c.Page });
        builder.Property(c => c.Page).HasMaxLength(50);
        builder.Property(c => c.ColumnList).HasMaxLength(1000);
        builder.HasOne<Organizations.Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Identity.User>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Items;

/// <summary>
/// A tag on a configuration item. Rows rather than a text column, so "every item tagged
/// node-exporter" is an index lookup at any size; audited under the item's id.
/// </summary>
public sealed class ItemTag : IAudited
{
    public long ItemId { get; set; }
    public long OrganizationId { get; set; }
    public required string Name { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class ItemTagConfiguration : IEntityTypeConfiguration<ItemTag>
{
    public void Configure(EntityTypeBuilder<ItemTag> builder)
    {
        builder.ToTable("ItemTags");
        builder.HasKey(t => new { t.ItemId, t.Name });
        builder.Property(t => t.Name).HasMaxLength(50);
        builder.HasIndex(t => new { t.OrganizationId, t.Name });
    }
}

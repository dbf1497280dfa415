using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Inventory.Relationships;

/// <summary>
/// The kind row of a redundancy group item ("any 1 of these 3 web servers"). A group is a
/// configuration item, so dependencies point at it like at any item and its members are
/// ordinary member-of relationships; the impact graph reads it in the same item query.
/// </summary>
public sealed class RedundancyGroup : IAudited, IItemRow
{
    public long Id { get; set; }
    public ConfigurationItem Item { get; set; } = null!;
    public long OrganizationId { get; set; }
    public int MinimumHealthy { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class RedundancyGroupConfiguration : IEntityTypeConfiguration<RedundancyGroup>
{
    public void Configure(EntityTypeBuilder<RedundancyGroup> builder)
    {
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.HasOne(g => g.Item).WithOne().HasForeignKey<RedundancyGroup>(g => g.Id).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(g => g.OrganizationId);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Inventory.Relationships;

/// <summary>
/// A typed, directed edge between two configuration items of one organization. Indexed from
/// both ends, so upstream and downstream walks are index lookups; removed with either item.
/// </summary>
public sealed class Relationship : IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long SourceId { get; set; }
    public ConfigurationItem Source { get; set; } = null!;
    public long TargetId { get; set; }
    public ConfigurationItem Target { get; set; } = null!;
    public RelationshipType Type { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class RelationshipConfiguration : IEntityTypeConfiguration<Relationship>
{
    public void Configure(EntityTypeBuilder<Relationship> builder)
    {
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(r => new { r.SourceId, r.TargetId, r.Type }).IsUnique();
        builder.HasIndex(r => new { r.TargetId, r.SourceId });
        builder.HasIndex(r => r.OrganizationId);
        builder.HasOne(r => r.Source).WithMany().HasForeignKey(r => r.SourceId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Target).WithMany().HasForeignKey(r => r.TargetId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.CustomFields;

/// <summary>A field an administrator added to one kind of configuration item; its values are <see cref="CustomFieldValue"/> rows.</summary>
public sealed class CustomField : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public CiKind ItemKind { get; set; }
    public required string Key { get; set; }
    public required string Label { get; set; }
    public CustomFieldKind Kind { get; set; }
    public bool Required { get; set; }
    public string? HelpText { get; set; }
    public List<string> Choices { get; set; } = [];
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

/// <summary>
/// One item's value of one field, in canonical text (ISO dates, invariant numbers, true/false), so
/// that "cf.key=value" is an equality on an indexed column on every provider.
/// </summary>
public sealed class CustomFieldValue : IAudited
{
    public long ItemId { get; set; }
    public long FieldId { get; set; }
    public CustomField Field { get; set; } = null!;
    public long OrganizationId { get; set; }
    public required string Value { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class CustomFieldConfiguration : IEntityTypeConfiguration<CustomField>
{
    public void Configure(EntityTypeBuilder<CustomField> builder)
    {
        builder.Property(f => f.ItemKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.Key).HasMaxLength(50);
        builder.Property(f => f.Label).HasMaxLength(100);
        builder.Property(f => f.HelpText).HasMaxLength(500);
        builder.HasIndex(f => new { f.OrganizationId, f.ItemKind, f.Key }).IsUnique();
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(f => f.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(f => f.Version).IsConcurrencyToken();
    }
}

internal sealed class CustomFieldValueConfiguration : IEntityTypeConfiguration<CustomFieldValue>
{
    public void Configure(EntityTypeBuilder<CustomFieldValue> builder)
    {
        builder.HasKey(v => new { v.ItemId, v.FieldId });
        builder.Property(v => v.Value).HasMaxLength(1000);
        builder.HasIndex(v => new { v.FieldId, v.Value });
        builder.HasOne(v => v.Field).WithMany().HasForeignKey(v => v.FieldId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Items.ConfigurationItem>().WithMany(i => i.CustomFieldValues).HasForeignKey(v => v.ItemId).OnDelete(DeleteBehavior.Cascade);
    }
}

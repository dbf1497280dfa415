using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Platform.Organizations;

/// <summary>The owner of every object. A fresh install has one; an MSP keeps one per client.</summary>
public sealed class Organization : IVersioned, IAudited
{
    public const string DefaultSlug = "default";

    public long Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => Id;

    string? IAudited.AuditOrganizationProperty => nameof(Id);
}

internal sealed class OrganizationConfiguration : IEntityTypeConfiguration<Organization>
{
    public void Configure(EntityTypeBuilder<Organization> builder)
    {
        builder.Property(o => o.Name).HasMaxLength(100);
        builder.Property(o => o.Slug).HasMaxLength(50);
        builder.HasIndex(o => o.Slug).IsUnique();
        builder.Property(o => o.Version).IsConcurrencyToken();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Platform.Roles;

/// <summary>A named permission set. Built-in roles have no organization and cannot be edited.</summary>
public sealed class Role : IVersioned, IAudited
{
    public long Id { get; set; }
    public long? OrganizationId { get; set; }
    public required string Name { get; set; }
    public string? Description { get; set; }
    public bool BuiltIn { get; set; }

    /// <summary>Space-separated permission names.</summary>
    public string PermissionList { get; set; } = "";
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;

    public IReadOnlyList<string> Permissions
    {
        get => PermissionList.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        set => PermissionList = string.Join(' ', value.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
    }
}

internal sealed class RoleConfiguration : IEntityTypeConfiguration<Role>
{
    public void Configure(EntityTypeBuilder<Role> builder)
    {
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.Description).HasMaxLength(1000);
        builder.Property(r => r.PermissionList).HasMaxLength(4000);
        builder.Ignore(r => r.Permissions);
        builder.HasIndex(r => new { r.OrganizationId, r.Name }).IsUnique();
        builder.Property(r => r.Version).IsConcurrencyToken();
    }
}

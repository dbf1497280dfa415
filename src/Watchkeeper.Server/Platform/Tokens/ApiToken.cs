using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Identity;

namespace Watchkeeper.Server.Platform.Tokens;

/// <summary>An API token. Only the SHA-256 of the secret is kept; the secret is shown once.</summary>
public sealed class ApiToken : IAudited
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public required string Name { get; set; }
    public TokenKind Kind { get; set; }

    /// <summary>The owner of a personal token; the creator of a service token.</summary>
    public long UserId { get; set; }
    public User User { get; set; } = null!;
    public required string Prefix { get; set; }
    public required string SecretHash { get; set; }

    /// <summary>Space-separated permission names.</summary>
    public string PermissionList { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ExpiresAt { get; set; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;

    public IReadOnlyList<string> Permissions => PermissionList.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    public bool IsActive(DateTimeOffset now) => RevokedAt is null && (ExpiresAt is null || ExpiresAt > now);
}

internal sealed class ApiTokenConfiguration : IEntityTypeConfiguration<ApiToken>
{
    public void Configure(EntityTypeBuilder<ApiToken> builder)
    {
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Prefix).HasMaxLength(16);
        builder.Property(t => t.SecretHash).HasMaxLength(64);
        builder.Property(t => t.PermissionList).HasMaxLength(4000);
        builder.Property(t => t.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(t => t.SecretHash).IsUnique();
        builder.HasIndex(t => t.OrganizationId);
        builder.HasOne(t => t.User).WithMany().HasForeignKey(t => t.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Organizations.Organization>().WithMany().HasForeignKey(t => t.OrganizationId).OnDelete(DeleteBehavior.Cascade);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Identity;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Platform.Organizations;

/// <summary>A user's place in an organization: exactly one role there.</summary>
public sealed class Membership : IAudited
{
    public long Id { get; set; }
    public long UserId { get; set; }
    public User User { get; set; } = null!;
    public long OrganizationId { get; set; }
    public Organization Organization { get; set; } = null!;
    public long RoleId { get; set; }
    public Role Role { get; set; } = null!;
    public DateTimeOffset CreatedAt { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;

    string? IAudited.AuditOrganizationProperty => nameof(OrganizationId);
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.HasIndex(m => new { m.UserId, m.OrganizationId }).IsUnique();
        builder.HasIndex(m => m.OrganizationId);
        builder.HasOne(m => m.User).WithMany(u => u.Memberships).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Organization).WithMany().OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.Role).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}

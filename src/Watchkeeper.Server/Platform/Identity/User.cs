using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Organizations;

namespace Watchkeeper.Server.Platform.Identity;

/// <summary>A person with a local account. Organization access comes from memberships.</summary>
public sealed class User : IdentityUser<long>, IVersioned, IAudited
{
    public required string DisplayName { get; set; }
    public bool Disabled { get; set; }

    /// <summary>Administers the whole instance: creates organizations. The first administrator is one.</summary>
    public bool InstanceAdministrator { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }
    public List<Membership> Memberships { get; set; } = [];

    long? IAudited.AuditOrganizationId => null;
}

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(100);
        builder.Property(u => u.Version).IsConcurrencyToken();
    }
}

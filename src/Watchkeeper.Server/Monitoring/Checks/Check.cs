using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory;
using Watchkeeper.Server.Inventory.Items;

namespace Watchkeeper.Server.Monitoring.Checks;

/// <summary>
/// What to check and how often: the definition people edit (audited, versioned). Where the check stands lives in
/// <see cref="CheckStatus"/>, written by the scheduler, so a result arriving never collides with an edit.
/// </summary>
public sealed class Check : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public required string Name { get; set; }
    public CheckKind Kind { get; set; }
    public long? ItemId { get; set; }
    public int IntervalSeconds { get; set; }
    public int TimeoutSeconds { get; set; }
    public int FailuresBeforeDown { get; set; }
    public int SuccessesBeforeUp { get; set; }
    public bool Paused { get; set; }

    /// <summary>The kind's settings as JSON, without credentials.</summary>
    public string Settings { get; set; } = "{}";

    /// <summary>The name under which the credentials (password, token) sit in the secret store, if any.</summary>
    public string? CredentialsSecret { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    public CheckStatus? Status { get; set; }

    /// <summary>A heartbeat check's ping token and last pings.</summary>
    public Heartbeats.Heartbeat? Heartbeat { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class CheckConfiguration : IEntityTypeConfiguration<Check>
{
    public void Configure(EntityTypeBuilder<Check> builder)
    {
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Settings).HasMaxLength(20_000);
        builder.Property(c => c.CredentialsSecret).HasMaxLength(100);
        builder.HasIndex(c => new { c.OrganizationId, c.Name }).IsUnique();
        builder.HasIndex(c => c.ItemId);
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(c => c.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ConfigurationItem>().WithMany().HasForeignKey(c => c.ItemId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(c => c.Status).WithOne().HasForeignKey<CheckStatus>(s => s.CheckId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(c => c.Version).IsConcurrencyToken();
    }
}

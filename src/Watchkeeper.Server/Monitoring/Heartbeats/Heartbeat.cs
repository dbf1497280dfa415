using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Monitoring.Checks;

namespace Watchkeeper.Server.Monitoring.Heartbeats;

/// <summary>
/// A heartbeat check's ping token and what its pings brought. The token itself is kept encrypted in the secret store,
/// so the URL can be shown to whoever may read the check; this row holds only its SHA-256, the index a ping is found
/// by, so a copy of the database alone does not let anyone ping (see docs/adr).
/// </summary>
public sealed class Heartbeat
{
    /// <summary>The most of a ping's body that is kept; the rest is dropped.</summary>
    public const int MaxBody = 10_000;

    public long CheckId { get; set; }
    public long OrganizationId { get; set; }
    public required string TokenHash { get; set; }

    /// <summary>The name under which the token sits in the secret store.</summary>
    public required string TokenSecret { get; set; }

    public DateTimeOffset? LastPingAt { get; set; }
    public PingKind? LastPingKind { get; set; }
    public string? LastBody { get; set; }

    /// <summary>The start of the run in progress: a start ping not yet followed by its end.</summary>
    public DateTimeOffset? StartedAt { get; set; }

    public double? LastDurationMs { get; set; }

    /// <summary>When the last ping that counts towards the schedule arrived (success or failure), or when the wait began.</summary>
    public DateTimeOffset WaitingSince { get; set; }
}

internal sealed class HeartbeatConfiguration : IEntityTypeConfiguration<Heartbeat>
{
    public void Configure(EntityTypeBuilder<Heartbeat> builder)
    {
        builder.HasKey(h => h.CheckId);
        builder.Property(h => h.TokenHash).HasMaxLength(64);
        builder.Property(h => h.TokenSecret).HasMaxLength(100);
        builder.Property(h => h.LastPingKind).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.LastBody).HasMaxLength(Heartbeat.MaxBody);
        // Every ping is found by its token's hash.
        builder.HasIndex(h => h.TokenHash).IsUnique();
        builder.HasOne<Check>().WithOne(c => c.Heartbeat).HasForeignKey<Heartbeat>(h => h.CheckId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>What a ping says.</summary>
public enum PingKind
{
    Success,
    Start,
    Fail,
    Log,
    ExitCode,
}

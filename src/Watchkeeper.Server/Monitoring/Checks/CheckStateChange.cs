using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.Checks;

/// <summary>A change of a check's confirmed state, kept as its history; <see cref="CheckStateChanged"/> tells the other modules.</summary>
public sealed class CheckStateChange
{
    public long Id { get; set; }
    public long CheckId { get; set; }
    public long OrganizationId { get; set; }
    public DateTimeOffset At { get; set; }
    public CheckState From { get; set; }
    public CheckState To { get; set; }
    public required string Message { get; set; }
    public bool Flapping { get; set; }

    /// <summary>Raised nothing: it happened inside a maintenance window (or is the window beginning or ending).</summary>
    public bool Suppressed { get; set; }
}

internal sealed class CheckStateChangeConfiguration : IEntityTypeConfiguration<CheckStateChange>
{
    public void Configure(EntityTypeBuilder<CheckStateChange> builder)
    {
        builder.Property(c => c.From).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.To).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.Message).HasMaxLength(Probes.ProbeOutcome.MaxMessage);
        builder.HasIndex(c => new { c.CheckId, c.At });
        builder.HasOne<Check>().WithMany().HasForeignKey(c => c.CheckId).OnDelete(DeleteBehavior.Cascade);
    }
}

/// <summary>
/// A check's confirmed state changed: written to the outbox in the same transaction as the result that changed it,
/// for alerting to consume. Carries what a consumer needs without reading back: the check, its item, both states and
/// the evidence of the deciding run.
/// </summary>
public sealed record CheckStateChanged(long CheckId, string CheckName, long? ItemId, CheckState From, CheckState To,
    DateTimeOffset At, string Message, bool Flapping, IReadOnlyDictionary<string, string> Evidence);

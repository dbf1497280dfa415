using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Monitoring.States;

namespace Watchkeeper.Server.Monitoring.Checks;

/// <summary>Where a check stands: its confirmed state, the memory the state machine keeps, its last run and its next.</summary>
public sealed class CheckStatus
{
    public long CheckId { get; set; }
    public long OrganizationId { get; set; }
    public CheckState State { get; set; } = CheckState.Unknown;
    public DateTimeOffset? StateSince { get; set; }
    public int Failures { get; set; }
    public int Successes { get; set; }
    public string Recent { get; set; } = "";
    public bool Flapping { get; set; }
    public DateTimeOffset? LastRunAt { get; set; }
    public CheckState? LastResult { get; set; }
    public string? LastMessage { get; set; }
    public double? LastLatencyMs { get; set; }
    public DateTimeOffset NextRunAt { get; set; }

    /// <summary>The maintenance window the check is in; while set, the board shows Maintenance and changes raise nothing.</summary>
    public long? MaintenanceWindowId { get; set; }

    /// <summary>The confirmed state when the window began, to tell at its end whether something changed meanwhile.</summary>
    public CheckState? StateBeforeMaintenance { get; set; }

    /// <summary>What the board shows: the confirmed state, or Maintenance inside a window.</summary>
    public CheckState Shown => MaintenanceWindowId is null ? State : CheckState.Maintenance;

    public CheckMemory Memory => new(State, Failures, Successes, Recent, Flapping);

    public void Remember(CheckMemory memory)
    {
        (State, Failures, Successes, Recent, Flapping) = (memory.State, memory.Failures, memory.Successes, memory.Recent, memory.Flapping);
    }
}

internal sealed class CheckStatusConfiguration : IEntityTypeConfiguration<CheckStatus>
{
    public void Configure(EntityTypeBuilder<CheckStatus> builder)
    {
        builder.HasKey(s => s.CheckId);
        builder.Property(s => s.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.LastResult).HasConversion<string>().HasMaxLength(20);
        builder.Property(s => s.StateBeforeMaintenance).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(s => s.MaintenanceWindowId);
        builder.Property(s => s.Recent).HasMaxLength(FlapDetector.Window);
        builder.Property(s => s.LastMessage).HasMaxLength(Probes.ProbeOutcome.MaxMessage);
        // The scheduler's question, every second: which checks are due.
        builder.HasIndex(s => s.NextRunAt);
        builder.HasIndex(s => new { s.OrganizationId, s.State });
    }
}

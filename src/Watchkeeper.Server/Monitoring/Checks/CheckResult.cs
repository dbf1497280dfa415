using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Monitoring.Checks;

/// <summary>One run of a check, raw, kept for the configured time; rollups keep the long view.</summary>
public sealed class CheckResult
{
    public long Id { get; set; }
    public long CheckId { get; set; }
    public DateTimeOffset At { get; set; }
    public CheckState Result { get; set; }
    public required string Message { get; set; }
    public double? LatencyMs { get; set; }

    /// <summary>The evidence as a JSON object of strings.</summary>
    public string Evidence { get; set; } = "{}";
}

internal sealed class CheckResultConfiguration : IEntityTypeConfiguration<CheckResult>
{
    public void Configure(EntityTypeBuilder<CheckResult> builder)
    {
        builder.Property(r => r.Result).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Message).HasMaxLength(Probes.ProbeOutcome.MaxMessage);
        builder.Property(r => r.Evidence).HasMaxLength(8_000);
        builder.HasIndex(r => new { r.CheckId, r.At });
        builder.HasOne<Check>().WithMany().HasForeignKey(r => r.CheckId).OnDelete(DeleteBehavior.Cascade);
    }
}

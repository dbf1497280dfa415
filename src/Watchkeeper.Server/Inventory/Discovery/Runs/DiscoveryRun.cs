using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Discovery.Jobs;

namespace Watchkeeper.Server.Inventory.Discovery.Runs;

/// <summary>One execution of a job. Progress is written while it runs, so every node and page sees it.</summary>
public sealed class DiscoveryRun : IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long JobId { get; set; }
    public DiscoveryRunStatus Status { get; set; }
    public bool Scheduled { get; set; }
    public DateTimeOffset QueuedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }
    public int HostsTotal { get; set; }
    public int HostsProbed { get; set; }
    public int HostsResponding { get; set; }
    public int FindingsCount { get; set; }
    public string? Error { get; set; }

    /// <summary>Set by a user; the run sees it at its next progress write, on whichever node it runs.</summary>
    public bool CancelRequested { get; set; }

    public bool IsActive => Status is DiscoveryRunStatus.Queued or DiscoveryRunStatus.Running;

    public DiscoveryRunDto ToDto() => new(Id, JobId, Status, Scheduled, QueuedAt, StartedAt, FinishedAt, HostsTotal, HostsProbed, HostsResponding, FindingsCount, Error);
}

internal sealed class DiscoveryRunConfiguration : IEntityTypeConfiguration<DiscoveryRun>
{
    public void Configure(EntityTypeBuilder<DiscoveryRun> builder)
    {
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Error).HasMaxLength(1000);
        builder.HasIndex(r => new { r.JobId, r.Id });
        builder.HasIndex(r => r.Status);
        builder.HasOne<DiscoveryJob>().WithMany().HasForeignKey(r => r.JobId).OnDelete(DeleteBehavior.Cascade);
    }
}

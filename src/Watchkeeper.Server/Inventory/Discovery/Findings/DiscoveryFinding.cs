using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Discovery.Jobs;
using Watchkeeper.Server.Inventory.Discovery.Runs;

namespace Watchkeeper.Server.Inventory.Discovery.Findings;

/// <summary>
/// An entry of the review queue. What was observed and proposed is kept as JSON: it is read whole and
/// never queried by its parts. Decisions are audited as events, not as row changes.
/// </summary>
public sealed class DiscoveryFinding : IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public long JobId { get; set; }
    public long RunId { get; set; }
    public FindingKind Kind { get; set; }
    public FindingState State { get; set; }
    public required string Address { get; set; }
    public long? DeviceId { get; set; }
    public string? MatchedBy { get; set; }
    public string? ProposedName { get; set; }
    public DeviceKind? ProposedKind { get; set; }
    public required string Observation { get; set; }
    public string? Changes { get; set; }
    public string? Cable { get; set; }

    /// <summary>A hash of what would be proposed, so the same proposal for the same host is not queued twice.</summary>
    public required string Fingerprint { get; set; }

    public DateTimeOffset FoundAt { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }
    public string? DecidedBy { get; set; }
}

internal sealed class DiscoveryFindingConfiguration : IEntityTypeConfiguration<DiscoveryFinding>
{
    public void Configure(EntityTypeBuilder<DiscoveryFinding> builder)
    {
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.State).HasConversion<string>().HasMaxLength(16);
        builder.Property(f => f.ProposedKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(f => f.Address).HasMaxLength(64);
        builder.Property(f => f.MatchedBy).HasMaxLength(64);
        builder.Property(f => f.ProposedName).HasMaxLength(100);
        builder.Property(f => f.Fingerprint).HasMaxLength(64);
        builder.Property(f => f.DecidedBy).HasMaxLength(200);
        builder.HasIndex(f => new { f.OrganizationId, f.State, f.Id });
        builder.HasIndex(f => new { f.OrganizationId, f.Address, f.Kind });
        builder.HasIndex(f => f.RunId);
        builder.HasOne<DiscoveryJob>().WithMany().HasForeignKey(f => f.JobId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<DiscoveryRun>().WithMany().HasForeignKey(f => f.RunId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Items.ConfigurationItem>().WithMany().HasForeignKey(f => f.DeviceId).OnDelete(DeleteBehavior.SetNull);
    }
}

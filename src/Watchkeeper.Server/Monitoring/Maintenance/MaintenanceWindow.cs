using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Inventory;

namespace Watchkeeper.Server.Monitoring.Maintenance;

/// <summary>
/// A time when the checks it covers run and record as always but raise nothing: planned work should not page anyone.
/// One-off (a start and an end) or recurring (cron starts read in a time zone, each lasting a duration). What it covers
/// is kept as chosen (checks, items, tags) and resolved to checks when it is read, so a check added to a covered item
/// later is covered too.
/// </summary>
public sealed class MaintenanceWindow : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public required string Name { get; set; }
    public string? Reason { get; set; }
    public DateTimeOffset? StartsAt { get; set; }
    public DateTimeOffset? EndsAt { get; set; }
    public string? Cron { get; set; }
    public int? DurationMinutes { get; set; }
    public string TimeZone { get; set; } = "UTC";
    public List<long> CheckIds { get; set; } = [];
    public List<long> ItemIds { get; set; } = [];
    public List<string> Tags { get; set; } = [];
    public bool IncludeDependencies { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;
}

internal sealed class MaintenanceWindowConfiguration : IEntityTypeConfiguration<MaintenanceWindow>
{
    public void Configure(EntityTypeBuilder<MaintenanceWindow> builder)
    {
        builder.Property(w => w.Name).HasMaxLength(100);
        builder.Property(w => w.Reason).HasMaxLength(500);
        builder.Property(w => w.Cron).HasMaxLength(100);
        builder.Property(w => w.TimeZone).HasMaxLength(64);
        builder.HasIndex(w => new { w.OrganizationId, w.Name }).IsUnique();
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(w => w.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(w => w.Version).IsConcurrencyToken();
    }
}

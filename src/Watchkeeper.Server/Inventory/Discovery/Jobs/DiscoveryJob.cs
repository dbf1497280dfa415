using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Inventory.Discovery.Jobs;

/// <summary>A sweep over configured prefixes. The SNMP community lives in the secret store under <see cref="SnmpSecret"/>.</summary>
public sealed class DiscoveryJob : IVersioned, IAudited, IOrganizationOwned
{
    public long Id { get; set; }
    public long OrganizationId { get; set; }
    public required string Name { get; set; }

    /// <summary>CIDR prefixes, one per line.</summary>
    public required string Prefixes { get; set; }

    public bool Icmp { get; set; }
    public string TcpPorts { get; set; } = "";
    public bool ReverseDns { get; set; }
    public bool Banners { get; set; }
    public string HttpPorts { get; set; } = "";
    public string TlsPorts { get; set; } = "";
    public bool Snmp { get; set; }

    /// <summary>The name of the stored secret, never the community itself.</summary>
    public string? SnmpSecret { get; set; }

    public int SnmpPort { get; set; }
    public int Concurrency { get; set; }
    public int RatePerSecond { get; set; }
    public int TimeoutMs { get; set; }
    public string? Schedule { get; set; }
    public required string TimeZone { get; set; }
    public bool Enabled { get; set; }
    public DateTimeOffset? NextRunAt { get; set; }
    public int Version { get; set; }

    long? IAudited.AuditOrganizationId => OrganizationId;

    public IReadOnlyList<string> PrefixList => Prefixes.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public static IReadOnlyList<int> Ports(string text) =>
        [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, CultureInfo.InvariantCulture))];

    public static string Ports(IEnumerable<int> ports) => string.Join(',', ports.Distinct().Order());
}

internal sealed class DiscoveryJobConfiguration : IEntityTypeConfiguration<DiscoveryJob>
{
    public void Configure(EntityTypeBuilder<DiscoveryJob> builder)
    {
        builder.Property(j => j.Name).HasMaxLength(100);
        builder.Property(j => j.Prefixes).HasMaxLength(4000);
        foreach (var ports in new[] { nameof(DiscoveryJob.TcpPorts), nameof(DiscoveryJob.HttpPorts), nameof(DiscoveryJob.TlsPorts) })
        {
            builder.Property(ports).HasMaxLength(1000);
        }
        builder.Property(j => j.SnmpSecret).HasMaxLength(100);
        builder.Property(j => j.Schedule).HasMaxLength(100);
        builder.Property(j => j.TimeZone).HasMaxLength(64);
        builder.HasIndex(j => new { j.OrganizationId, j.Name }).IsUnique();
        builder.HasIndex(j => new { j.Enabled, j.NextRunAt });
        builder.HasOne<Platform.Organizations.Organization>().WithMany().HasForeignKey(j => j.OrganizationId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(j => j.Version).IsConcurrencyToken();
    }
}

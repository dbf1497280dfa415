using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Watchkeeper.Server.Platform.Audit;

/// <summary>
/// One append-only audit record. <see cref="Hash"/> covers the record and the hash of the
/// one before it, so editing or deleting any row breaks the chain that <c>audit verify</c> walks.
/// </summary>
public sealed class AuditEntry
{
    /// <summary>Position in the chain; also the primary key.</summary>
    public long Sequence { get; set; }
    public DateTimeOffset At { get; set; }
    public required string Actor { get; set; }
    public long? ActorUserId { get; set; }
    public long? OrganizationId { get; set; }
    public required string Action { get; set; }
    public string? ObjectType { get; set; }
    public string? ObjectId { get; set; }

    /// <summary>JSON object of field → [before, after].</summary>
    public string? Changes { get; set; }
    public string? IpAddress { get; set; }
    public required string PreviousHash { get; set; }
    public required string Hash { get; set; }
}

/// <summary>The last link of the chain, so that deleting the newest rows is detected too.</summary>
public sealed class AuditChainHead
{
    public const int SingletonId = 1;

    public int Id { get; set; }
    public long Sequence { get; set; }
    public required string Hash { get; set; }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.HasKey(e => e.Sequence);
        builder.Property(e => e.Sequence).ValueGeneratedNever();
        builder.Property(e => e.Actor).HasMaxLength(256);
        builder.Property(e => e.Action).HasMaxLength(100);
        builder.Property(e => e.ObjectType).HasMaxLength(100);
        builder.Property(e => e.ObjectId).HasMaxLength(100);
        builder.Property(e => e.IpAddress).HasMaxLength(64);
        builder.Property(e => e.PreviousHash).HasMaxLength(64);
        builder.Property(e => e.Hash).HasMaxLength(64);
        builder.HasIndex(e => new { e.OrganizationId, e.Sequence });
        builder.HasIndex(e => e.At);
        builder.HasIndex(e => e.Action);
        builder.HasIndex(e => new { e.ObjectType, e.ObjectId });
    }
}

internal sealed class AuditChainHeadConfiguration : IEntityTypeConfiguration<AuditChainHead>
{
    public void Configure(EntityTypeBuilder<AuditChainHead> builder)
    {
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.Hash).HasMaxLength(64);
        builder.HasData(new AuditChainHead { Id = AuditChainHead.SingletonId, Sequence = 0, Hash = AuditChain.Genesis });
    }
}

using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Watchkeeper.Server.Data.Outbox;

/// <summary>A domain event, written in the transaction of the change that raised it.</summary>
public sealed class OutboxMessage
{
    public long Id { get; set; }
    public required string Type { get; set; }
    public required string Payload { get; set; }
    public long? OrganizationId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset AvailableAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }

    /// <summary>Set when every handler succeeded.</summary>
    public DateTimeOffset? ProcessedAt { get; set; }

    /// <summary>Set when retries ran out; an administrator can retry.</summary>
    public DateTimeOffset? FailedAt { get; set; }

    public static OutboxMessage For<TEvent>(TEvent domainEvent, long? organizationId, DateTimeOffset now) where TEvent : notnull => new()
    {
        Type = DomainEventTypes.NameOf(domainEvent.GetType()),
        Payload = JsonSerializer.Serialize(domainEvent, domainEvent.GetType(), JsonSerializerOptions.Web),
        OrganizationId = organizationId,
        CreatedAt = now,
        AvailableAt = now,
    };
}

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("OutboxMessages");
        builder.Property(m => m.Type).HasMaxLength(200);
        builder.Property(m => m.LastError).HasMaxLength(4000);
        // The dispatcher's query: undelivered, live, due soonest first.
        builder.HasIndex(m => new { m.ProcessedAt, m.FailedAt, m.AvailableAt });
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Data.Outbox;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

public sealed record ProbeEvent(string Name, int FailuresBeforeSuccess);

/// <summary>Fails a set number of times per event before it succeeds, counting what it saw.</summary>
public sealed class ProbeHandler : IDomainEventHandler<ProbeEvent>
{
    public static readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> Calls = new();

    public Task HandleAsync(ProbeEvent domainEvent, DomainEventContext context, CancellationToken cancellationToken)
    {
        var calls = Calls.AddOrUpdate(domainEvent.Name, 1, (_, n) => n + 1);
        return calls <= domainEvent.FailuresBeforeSuccess
            ? throw new InvalidOperationException($"probe failure {calls}")
            : Task.CompletedTask;
    }
}

public abstract class OutboxTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task An_event_is_delivered_after_the_change_commits_and_never_without_it()
    {
        var name = $"committed {Guid.NewGuid():N}";
        await factory.WithDbAsync(async db =>
        {
            db.Publish(new ProbeEvent(name, 0));
            await db.SaveChangesAsync();
        });
        var rolledBack = $"rolled back {Guid.NewGuid():N}";
        await factory.WithDbAsync(db => db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync();
            db.Publish(new ProbeEvent(rolledBack, 0));
            await db.SaveChangesAsync();
            await transaction.RollbackAsync();
        }));

        await Eventually.TrueAsync(() => Task.FromResult(ProbeHandler.Calls.ContainsKey(name)));
        await factory.WithDbAsync(async db => Assert.NotNull((await db.OutboxMessages.SingleAsync(m => m.Payload.Contains(name))).ProcessedAt));
        Assert.False(ProbeHandler.Calls.ContainsKey(rolledBack));
        await factory.WithDbAsync(async db => Assert.False(await db.OutboxMessages.AnyAsync(m => m.Payload.Contains(rolledBack))));
    }

    [Fact]
    public async Task A_failing_handler_is_retried_with_backoff_and_then_parked_for_an_administrator()
    {
        var name = $"always failing {Guid.NewGuid():N}";
        long id = 0;
        await factory.WithDbAsync(async db =>
        {
            var message = OutboxMessage.For(new ProbeEvent(name, int.MaxValue), null, DateTimeOffset.UtcNow.AddMinutes(-1));
            db.OutboxMessages.Add(message);
            await db.SaveChangesAsync();
            id = message.Id;
        });

        // Skip each backoff wait by making the retry due now and waking the server's dispatcher.
        for (var attempt = 1; attempt <= OutboxDispatcher.MaxAttempts; attempt++)
        {
            await factory.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == id && m.FailedAt == null)
                .ExecuteUpdateAsync(m => m.SetProperty(x => x.AvailableAt, DateTimeOffset.UtcNow.AddSeconds(-1))));
            factory.Services.GetRequiredService<OutboxSignal>().Notify();
            var expected = attempt;
            await Eventually.TrueAsync(() => factory.WithScopeAsync(s =>
                s.GetRequiredService<WatchkeeperDb>().OutboxMessages.AnyAsync(m => m.Id == id && m.Attempts >= expected)));
        }

        var admin = await factory.AdminAsync();
        var failed = await admin.Client.GetJsonAsync<Page<OutboxEventDto>>("/api/v1/system/events?failed=true");
        var parked = Assert.Single(failed.Items, e => e.Id == id);
        Assert.Equal(OutboxDispatcher.MaxAttempts, parked.Attempts);
        Assert.Contains("probe failure", parked.LastError, StringComparison.Ordinal);

        (await admin.Client.PostAsync($"/api/v1/system/events/{id}/retry", null)).EnsureSuccessStatusCode();
        await factory.WithDbAsync(async db => Assert.Null((await db.OutboxMessages.SingleAsync(m => m.Id == id)).FailedAt));
    }

    [Fact]
    public void Backoff_doubles_from_one_second_up_to_ten_minutes()
    {
        Assert.Equal(TimeSpan.FromSeconds(1), OutboxDispatcher.Backoff(1));
        Assert.Equal(TimeSpan.FromSeconds(8), OutboxDispatcher.Backoff(4));
        Assert.Equal(TimeSpan.FromMinutes(10), OutboxDispatcher.Backoff(30));
    }
}

public sealed class OutboxTestsOnSqlite(SqliteFactory f) : OutboxTests(f), IClassFixture<SqliteFactory>;

public sealed class OutboxTestsOnPostgres(PostgresFactory f) : OutboxTests(f), IClassFixture<PostgresFactory>;

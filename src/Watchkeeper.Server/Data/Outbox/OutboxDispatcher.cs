using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Watchkeeper.Server.Data.Outbox;

/// <summary>
/// Delivers outbox events to their handlers, at least once, in commit order. A failing event
/// is retried with exponential backoff and, after <see cref="MaxAttempts"/>, parked as failed
/// where administrators see and can retry it. On PostgreSQL several nodes share the work
/// through SKIP LOCKED; on SQLite there is one node.
/// </summary>
public sealed class OutboxDispatcher(IServiceScopeFactory scopes, OutboxSignal signal, TimeProvider clock, ILogger<OutboxDispatcher> logger)
    : BackgroundService
{
    public const int MaxAttempts = 10;
    private const int BatchSize = 50;
    private static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan KeepProcessed = TimeSpan.FromDays(7);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var nextCleanup = clock.GetUtcNow();
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var delivered = await DispatchBatchAsync(stoppingToken);
                if (clock.GetUtcNow() >= nextCleanup)
                {
                    await DeleteOldProcessedAsync(stoppingToken);
                    nextCleanup = clock.GetUtcNow().AddHours(1);
                }
                if (delivered < BatchSize)
                {
                    await signal.WaitAsync(PollInterval, stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox dispatch failed; retrying shortly");
                await Task.Delay(PollInterval, clock, stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
        // The claim, the deliveries and their outcome form one retriable unit; a retry may deliver an
        // event again, which at-least-once delivery allows and idempotent handlers absorb.
        return await db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var now = clock.GetUtcNow();
            await using var transaction = db.IsSqlite ? null : await db.Database.BeginTransactionAsync(ct);
            var batch = db.IsSqlite
                ? await db.OutboxMessages.Where(m => m.ProcessedAt == null && m.FailedAt == null && m.AvailableAt <= now)
                    .OrderBy(m => m.Id).Take(BatchSize).ToListAsync(ct)
                : await db.OutboxMessages.FromSql($"""
                    SELECT * FROM "OutboxMessages"
                    WHERE "ProcessedAt" IS NULL AND "FailedAt" IS NULL AND "AvailableAt" <= {now}
                    ORDER BY "Id" LIMIT {BatchSize} FOR UPDATE SKIP LOCKED
                    """).ToListAsync(ct);
            foreach (var message in batch)
            {
                await DeliverAsync(message, ct);
            }
            await db.SaveChangesAsync(ct);
            if (transaction is not null)
            {
                await transaction.CommitAsync(ct);
            }
            return batch.Count;
        }, cancellationToken);
    }

    private async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        message.Attempts++;
        try
        {
            var type = DomainEventTypes.Find(message.Type)
                ?? throw new InvalidOperationException($"No handler knows the event type '{message.Type}'.");
            var domainEvent = JsonSerializer.Deserialize(message.Payload, type, JsonSerializerOptions.Web)
                ?? throw new InvalidOperationException("The event payload is empty.");
            var context = new DomainEventContext(message.Id, message.OrganizationId, message.Attempts);
            // Each event gets its own scope, so a handler's unit of work never mixes with another's.
            await using var scope = scopes.CreateAsyncScope();
            var handlerType = typeof(IDomainEventHandler<>).MakeGenericType(type);
            foreach (var handler in scope.ServiceProvider.GetServices(handlerType))
            {
                var handle = handlerType.GetMethod(nameof(IDomainEventHandler<object>.HandleAsync))!;
                await (Task)handle.Invoke(handler, [domainEvent, context, cancellationToken])!;
            }
            message.ProcessedAt = clock.GetUtcNow();
            message.LastError = null;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var error = (ex as System.Reflection.TargetInvocationException)?.InnerException ?? ex;
            message.LastError = $"{error.GetType().Name}: {error.Message}"[..Math.Min(4000, error.Message.Length + error.GetType().Name.Length + 2)];
            if (message.Attempts >= MaxAttempts)
            {
                message.FailedAt = clock.GetUtcNow();
                logger.LogError(error, "Event {EventId} ({EventType}) failed {Attempts} times and is parked for an administrator", message.Id, message.Type, message.Attempts);
            }
            else
            {
                message.AvailableAt = clock.GetUtcNow() + Backoff(message.Attempts);
                logger.LogWarning(error, "Event {EventId} ({EventType}) failed on attempt {Attempt}; retrying", message.Id, message.Type, message.Attempts);
            }
        }
    }

    /// <summary>1 s, 2 s, 4 s … capped at 10 minutes.</summary>
    public static TimeSpan Backoff(int attempt) => TimeSpan.FromSeconds(Math.Min(600, Math.Pow(2, attempt - 1)));

    private async Task DeleteOldProcessedAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<WatchkeeperDb>();
        var cutoff = clock.GetUtcNow() - KeepProcessed;
        await db.OutboxMessages.Where(m => m.ProcessedAt != null && m.ProcessedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}

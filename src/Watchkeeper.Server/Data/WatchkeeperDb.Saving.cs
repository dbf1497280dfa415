using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Watchkeeper.Server.Data.Outbox;
using Watchkeeper.Server.Platform.Audit;

namespace Watchkeeper.Server.Data;

/// <summary>
/// Every save goes through here: versions are bumped, audit entries for the changes and any
/// recorded security events are appended to the hash chain, and domain events are written to
/// the outbox — all in the transaction of the change itself, so none can exist without the other.
/// </summary>
public sealed partial class WatchkeeperDb
{
    private readonly List<AuditEntry> securityEvents = [];
    private bool publishedEvents;

    private IServiceProvider? ApplicationServices =>
        this.GetService<IDbContextOptions>().FindExtension<Microsoft.EntityFrameworkCore.Infrastructure.CoreOptionsExtension>()?.ApplicationServiceProvider;

    private TimeProvider Clock => ApplicationServices?.GetService<TimeProvider>() ?? TimeProvider.System;

    /// <summary>Stages a security event (login, denied permission…) for the next save.</summary>
    public void RecordEvent(string action, long? organizationId, string? objectType = null, string? objectId = null, AuditActor? actor = null)
    {
        actor ??= AuditActor.Current;
        securityEvents.Add(new AuditEntry
        {
            At = Clock.GetUtcNow(),
            Actor = actor.Name,
            ActorUserId = actor.UserId,
            IpAddress = actor.IpAddress,
            OrganizationId = organizationId,
            Action = action,
            ObjectType = objectType,
            ObjectId = objectId,
            PreviousHash = "",
            Hash = "",
        });
    }

    /// <summary>Stages a domain event; it is dispatched after the save commits.</summary>
    public void Publish<TEvent>(TEvent domainEvent, long? organizationId = null) where TEvent : notnull
    {
        OutboxMessages.Add(OutboxMessage.For(domainEvent, organizationId, Clock.GetUtcNow()));
        publishedEvents = true;
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        foreach (var entry in ChangeTracker.Entries<IVersioned>().Where(e => e.State == EntityState.Modified))
        {
            entry.Entity.Version++;
        }
        var pending = AuditCapture.Before(ChangeTracker);
        if (pending.Count == 0 && securityEvents.Count == 0)
        {
            return await SaveAndSignalAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        var strategy = Database.CreateExecutionStrategy();
        return await strategy.ExecuteAsync(async ct =>
        {
            var ownTransaction = Database.CurrentTransaction is null ? await Database.BeginTransactionAsync(ct) : null;
            await using (ownTransaction)
            {
                var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
                var entries = AuditCapture.After(pending, AuditActor.Current, Clock.GetUtcNow());
                entries.AddRange(securityEvents);
                await AuditChain.AppendAsync(this, entries, ct);
                if (ownTransaction is not null)
                {
                    await ownTransaction.CommitAsync(ct);
                }
                securityEvents.Clear();
                if (acceptAllChangesOnSuccess)
                {
                    ChangeTracker.AcceptAllChanges();
                }
                SignalOutbox();
                return written;
            }
        }, cancellationToken);
    }

    private async Task<int> SaveAndSignalAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken)
    {
        var written = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (Database.CurrentTransaction is null)
        {
            SignalOutbox();
        }
        return written;
    }

    private void SignalOutbox()
    {
        if (publishedEvents)
        {
            publishedEvents = false;
            ApplicationServices?.GetService<OutboxSignal>()?.Notify();
        }
    }
}

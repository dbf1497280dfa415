using System.Collections.Concurrent;

namespace Watchkeeper.Server.Data.Outbox;

/// <summary>
/// Reacts to a domain event. Delivery is at least once, so a handler must be idempotent:
/// use <see cref="DomainEventContext.MessageId"/> or the event's own identity to skip repeats.
/// </summary>
public interface IDomainEventHandler<in TEvent>
{
    Task HandleAsync(TEvent domainEvent, DomainEventContext context, CancellationToken cancellationToken);
}

public sealed record DomainEventContext(long MessageId, long? OrganizationId, int Attempt);

/// <summary>Maps stored type names to event types. Events are registered when their handlers are.</summary>
public static class DomainEventTypes
{
    private static readonly ConcurrentDictionary<string, Type> byName = new(StringComparer.Ordinal);

    public static string NameOf(Type type)
    {
        var name = type.Name;
        byName.TryAdd(name, type);
        return name;
    }

    public static Type? Find(string name) => byName.GetValueOrDefault(name);
}

public static class DomainEventRegistration
{
    public static IServiceCollection AddDomainEventHandler<TEvent, THandler>(this IServiceCollection services)
        where THandler : class, IDomainEventHandler<TEvent>
    {
        DomainEventTypes.NameOf(typeof(TEvent));
        services.AddScoped<IDomainEventHandler<TEvent>, THandler>();
        return services;
    }
}

/// <summary>Wakes the dispatcher when a save has committed events, so reactions do not wait for the next poll.</summary>
public sealed class OutboxSignal : IDisposable
{
    private readonly SemaphoreSlim signal = new(0, 1);

    public void Notify()
    {
        if (signal.CurrentCount == 0)
        {
            try
            {
                signal.Release();
            }
            catch (SemaphoreFullException)
            {
                // Already signalled by a concurrent save.
            }
        }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => signal.WaitAsync(timeout, cancellationToken);

    public void Dispose() => signal.Dispose();
}

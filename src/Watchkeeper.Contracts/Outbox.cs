namespace Watchkeeper.Contracts;

/// <summary>A domain event waiting for, or failed in, dispatch.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Type">Event type.</param>
/// <param name="CreatedAt">When the change that raised it committed.</param>
/// <param name="Attempts">Dispatch attempts so far.</param>
/// <param name="NextAttemptAt">When it is tried next (null when failed for good).</param>
/// <param name="LastError">The last handler error.</param>
/// <param name="Failed">True when retries are exhausted; an administrator can retry it.</param>
public sealed record OutboxEventDto(long Id, string Type, DateTimeOffset CreatedAt, int Attempts, DateTimeOffset? NextAttemptAt, string? LastError, bool Failed);

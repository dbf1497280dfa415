namespace Watchkeeper.Server.Platform.Audit;

/// <summary>Who is acting, carried along the async flow so every audit entry names its actor.</summary>
public sealed record AuditActor(string Name, long? UserId, string? IpAddress)
{
    public static readonly AuditActor System = new("system", null, null);

    private static readonly AsyncLocal<AuditActor?> current = new();

    public static AuditActor Current => current.Value ?? System;

    /// <summary>Sets the actor for the rest of this async flow; dispose to restore the previous one.</summary>
    public static IDisposable Begin(AuditActor actor)
    {
        var previous = current.Value;
        current.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(AuditActor? previous) : IDisposable
    {
        public void Dispose() => current.Value = previous;
    }
}

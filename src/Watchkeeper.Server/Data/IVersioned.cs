namespace Watchkeeper.Server.Data;

/// <summary>An entity with an optimistic concurrency version, exposed as its ETag.</summary>
public interface IVersioned
{
    int Version { get; set; }
}

/// <summary>An entity whose creates, updates and deletes are written to the audit log.</summary>
public interface IAudited
{
    /// <summary>The organization that owns the object, or null for instance-wide objects.</summary>
    long? AuditOrganizationId { get; }
}

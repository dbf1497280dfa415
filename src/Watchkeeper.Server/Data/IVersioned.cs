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

    /// <summary>
    /// The property that holds <see cref="AuditOrganizationId"/>, when the database may generate it in
    /// the same save (a new organization's own id, a membership added with it). Audit capture then
    /// reads it through the change tracker: generated ids reach the object only once the save is accepted.
    /// </summary>
    string? AuditOrganizationProperty => null;
}

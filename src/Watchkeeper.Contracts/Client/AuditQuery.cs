namespace Watchkeeper.Contracts.Client;

/// <summary>Filters of the audit log list.</summary>
/// <param name="Action">An action, e.g. <c>user.created</c>, or a prefix ending in <c>*</c> (<c>token.*</c>).</param>
/// <param name="Actor">Part of the actor's name or e-mail.</param>
/// <param name="ObjectType">Type of the object concerned.</param>
/// <param name="ObjectId">Identifier of the object concerned.</param>
/// <param name="From">Entries at or after this time.</param>
/// <param name="To">Entries before this time.</param>
public sealed record AuditQuery(
    string? Action = null, string? Actor = null, string? ObjectType = null, string? ObjectId = null, DateTimeOffset? From = null, DateTimeOffset? To = null);

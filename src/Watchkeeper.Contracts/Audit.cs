namespace Watchkeeper.Contracts;

/// <summary>One audit log entry.</summary>
/// <param name="Sequence">Position in the hash chain.</param>
/// <param name="At">When it happened.</param>
/// <param name="Actor">Who did it (user e-mail, token name or "system").</param>
/// <param name="OrganizationId">Organization it happened in, if any.</param>
/// <param name="Action">What happened, e.g. <c>user.created</c>, <c>login.failed</c>.</param>
/// <param name="ObjectType">Type of the object concerned.</param>
/// <param name="ObjectId">Identifier of the object concerned.</param>
/// <param name="Changes">Changed fields with their before and after values.</param>
/// <param name="IpAddress">The caller's address.</param>
public sealed record AuditEntryDto(
    long Sequence, DateTimeOffset At, string Actor, long? OrganizationId, string Action, string? ObjectType, string? ObjectId,
    IReadOnlyDictionary<string, AuditChangeDto>? Changes, string? IpAddress);

/// <summary>A field's value before and after a change; secrets are never included.</summary>
/// <param name="Before">Value before.</param>
/// <param name="After">Value after.</param>
public sealed record AuditChangeDto(string? Before, string? After);

/// <summary>Result of walking the audit hash chain.</summary>
/// <param name="Valid">True when every entry links to the one before it.</param>
/// <param name="Entries">Number of entries checked.</param>
/// <param name="FirstBrokenSequence">Sequence where the chain breaks, if it does.</param>
/// <param name="Message">Human-readable outcome.</param>
public sealed record AuditVerificationDto(bool Valid, long Entries, long? FirstBrokenSequence, string Message);

using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>A user as seen inside one organization.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Email">Login e-mail address.</param>
/// <param name="DisplayName">Name shown to colleagues.</param>
/// <param name="Role">The user's role in the current organization, or null when not a member.</param>
/// <param name="Disabled">True when the account cannot log in.</param>
/// <param name="TwoFactorEnabled">True when a second factor is required at login.</param>
/// <param name="LockedOutUntil">End of a lockout after failed logins, if any.</param>
/// <param name="CreatedAt">When the account was created.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record UserDto(
    long Id, string Email, string DisplayName, RoleRef? Role, bool Disabled, bool TwoFactorEnabled,
    DateTimeOffset? LockedOutUntil, DateTimeOffset CreatedAt, int Version);

/// <summary>A short reference to a role.</summary>
/// <param name="Id">Role identifier.</param>
/// <param name="Name">Role name.</param>
public sealed record RoleRef(long Id, string Name);

/// <summary>Creates a user with a password and a role in the current organization.</summary>
/// <param name="Email">Login e-mail address.</param>
/// <param name="DisplayName">Name shown to colleagues.</param>
/// <param name="Password">Initial password; must satisfy the password policy.</param>
/// <param name="RoleId">Role in the current organization.</param>
public sealed record CreateUserRequest(
    [property: Required, EmailAddress, StringLength(256)] string Email,
    [property: Required, StringLength(100, MinimumLength = 1)] string DisplayName,
    [property: Required, StringLength(256, MinimumLength = 12)] string Password,
    [property: Required] long? RoleId);

/// <summary>Changes a user's name, role in the current organization, or disabled flag. Null leaves a field as it is.</summary>
/// <param name="DisplayName">New display name.</param>
/// <param name="RoleId">New role in the current organization.</param>
/// <param name="Disabled">Disable or enable the account; disabling ends its sessions at once.</param>
public sealed record UpdateUserRequest(
    [property: StringLength(100, MinimumLength = 1)] string? DisplayName = null,
    long? RoleId = null,
    bool? Disabled = null);

/// <summary>Invites a colleague by e-mail with a role in the current organization.</summary>
/// <param name="Email">The colleague's e-mail address.</param>
/// <param name="RoleId">Role they will have.</param>
public sealed record CreateInvitationRequest(
    [property: Required, EmailAddress, StringLength(256)] string Email,
    [property: Required] long? RoleId);

/// <summary>An invitation. <see cref="AcceptUrl"/> is returned once, when it is created.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Email">Invited address.</param>
/// <param name="Role">Role granted on acceptance.</param>
/// <param name="ExpiresAt">When the link stops working.</param>
/// <param name="AcceptedAt">When it was accepted, if it was.</param>
/// <param name="AcceptUrl">The one-time link to send to the colleague (only in the creation response).</param>
public sealed record InvitationDto(long Id, string Email, RoleRef Role, DateTimeOffset ExpiresAt, DateTimeOffset? AcceptedAt, string? AcceptUrl);

/// <summary>The caller: who they are, where they act and what they may do.</summary>
/// <param name="UserId">The user, or null for a service token.</param>
/// <param name="DisplayName">User or token name.</param>
/// <param name="Email">User e-mail, if a user.</param>
/// <param name="Organization">The organization the request acted in.</param>
/// <param name="Role">The role there, if a user.</param>
/// <param name="Permissions">Effective permissions in that organization.</param>
/// <param name="Organizations">Every organization the caller can switch to.</param>
/// <param name="InstanceAdministrator">True for administrators of the whole instance.</param>
public sealed record WhoAmIDto(
    long? UserId, string DisplayName, string? Email, OrganizationDto Organization, RoleRef? Role,
    IReadOnlyList<string> Permissions, IReadOnlyList<OrganizationDto> Organizations, bool InstanceAdministrator);

/// <summary>Accepts an invitation, creating the account.</summary>
/// <param name="Token">The secret from the invitation link.</param>
/// <param name="DisplayName">Name shown to colleagues.</param>
/// <param name="Password">The new account's password.</param>
public sealed record AcceptInvitationRequest(
    [property: Required] string Token,
    [property: Required, StringLength(100, MinimumLength = 1)] string DisplayName,
    [property: Required, StringLength(256, MinimumLength = 12)] string Password);

/// <summary>Creates the first administrator with the one-time setup link's secret.</summary>
/// <param name="Token">The secret from the setup link printed by the server.</param>
/// <param name="Email">Administrator e-mail.</param>
/// <param name="DisplayName">Administrator name.</param>
/// <param name="Password">Administrator password.</param>
public sealed record CompleteSetupRequest(
    [property: Required] string Token,
    [property: Required, EmailAddress, StringLength(256)] string Email,
    [property: Required, StringLength(100, MinimumLength = 1)] string DisplayName,
    [property: Required, StringLength(256, MinimumLength = 12)] string Password);

/// <summary>Changes the caller's own password; every other session of the account ends.</summary>
/// <param name="CurrentPassword">The password now.</param>
/// <param name="NewPassword">The new password.</param>
public sealed record ChangePasswordRequest(
    [property: Required] string CurrentPassword,
    [property: Required, StringLength(256, MinimumLength = 12)] string NewPassword);

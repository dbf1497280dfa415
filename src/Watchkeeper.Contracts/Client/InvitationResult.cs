namespace Watchkeeper.Contracts.Client;

/// <summary>
/// What an invitation did: someone new gets an <see cref="Invitation"/> to accept; someone who
/// already has an account is added at once and comes back as <see cref="AddedUser"/>.
/// </summary>
/// <param name="Invitation">The invitation with its one-time link, when one was sent.</param>
/// <param name="AddedUser">The existing user now in the organization, when no invitation was needed.</param>
public sealed record InvitationResult(InvitationDto? Invitation, UserDto? AddedUser);

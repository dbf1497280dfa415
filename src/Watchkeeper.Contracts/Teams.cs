using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>A team of users; on-call schedules and ticket queues are assigned to teams.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Team name, unique in its organization.</param>
/// <param name="Description">What the team does.</param>
/// <param name="Lead">The team lead, if any.</param>
/// <param name="Members">Members, lead included.</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record TeamDto(long Id, string Name, string? Description, UserRef? Lead, IReadOnlyList<UserRef> Members, int Version);

/// <summary>A short reference to a user.</summary>
/// <param name="Id">User identifier.</param>
/// <param name="DisplayName">Display name.</param>
/// <param name="Email">E-mail address.</param>
public sealed record UserRef(long Id, string DisplayName, string Email);

/// <summary>Creates a team.</summary>
/// <param name="Name">Team name.</param>
/// <param name="Description">What the team does.</param>
/// <param name="LeadUserId">The lead; becomes a member too.</param>
/// <param name="MemberIds">Initial members.</param>
public sealed record CreateTeamRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: StringLength(1000)] string? Description = null,
    long? LeadUserId = null,
    IReadOnlyList<long>? MemberIds = null);

/// <summary>Replaces a team's fields. Null leaves a field as it is; an empty member list removes all members.</summary>
/// <param name="Name">Team name.</param>
/// <param name="Description">What the team does.</param>
/// <param name="LeadUserId">The lead (0 removes the lead).</param>
/// <param name="MemberIds">The full member list.</param>
public sealed record UpdateTeamRequest(
    [property: StringLength(100, MinimumLength = 1)] string? Name = null,
    [property: StringLength(1000)] string? Description = null,
    long? LeadUserId = null,
    IReadOnlyList<long>? MemberIds = null);

using System.ComponentModel.DataAnnotations;

namespace Watchkeeper.Contracts;

/// <summary>An organization: the owner of every object; an MSP keeps one per client.</summary>
/// <param name="Id">Identifier.</param>
/// <param name="Name">Display name.</param>
/// <param name="Slug">Short unique name used in URLs and the <c>X-Watchkeeper-Organization</c> header.</param>
/// <param name="CreatedAt">When it was created (UTC).</param>
/// <param name="Version">Concurrency version; sent back as the ETag.</param>
public sealed record OrganizationDto(long Id, string Name, string Slug, DateTimeOffset CreatedAt, int Version);

/// <summary>Creates an organization.</summary>
/// <param name="Name">Display name.</param>
/// <param name="Slug">Lower-case letters, digits and dashes.</param>
public sealed record CreateOrganizationRequest(
    [property: Required, StringLength(100, MinimumLength = 1)] string Name,
    [property: Required, StringLength(50, MinimumLength = 2), RegularExpression("^[a-z0-9][a-z0-9-]*$", ErrorMessage = "Use lower-case letters, digits and dashes.")] string Slug);

/// <summary>Renames an organization.</summary>
/// <param name="Name">New display name.</param>
public sealed record UpdateOrganizationRequest([property: Required, StringLength(100, MinimumLength = 1)] string Name);

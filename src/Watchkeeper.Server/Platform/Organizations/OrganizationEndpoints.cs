using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;
using Watchkeeper.Server.Api;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Identity;
using Watchkeeper.Server.Platform.Roles;

namespace Watchkeeper.Server.Platform.Organizations;

public static class OrganizationEndpoints
{
    public static void MapOrganizations(this IEndpointRouteBuilder api)
    {
        var group = api.MapGroup("/organizations").WithTags("Organizations");
        // Listing one's own organizations needs no permission: it is how a caller learns where it may act.
        group.MapGet("/", ListAsync).RequireAuthorization();
        group.MapPost("/", CreateAsync).RequirePermission(InstanceAdministration.Permission);
        group.MapGet("/current", CurrentAsync).RequireAuthorization();
        group.MapPatch("/current", UpdateAsync).RequirePermission(Permissions.OrganizationManage);
    }

    private static async Task<Ok<IReadOnlyList<OrganizationDto>>> ListAsync(HttpContext http, WatchkeeperDb db, CancellationToken ct)
    {
        var userId = http.User.UserId();
        var tokenOrg = http.User.TokenIdOf() is null ? null : http.User.FindFirst(WatchkeeperClaims.TokenOrganization)?.Value;
        var organizations = await db.Memberships.AsNoTracking()
            .Where(m => m.UserId == userId && (tokenOrg == null || m.OrganizationId.ToString() == tokenOrg))
            .OrderBy(m => m.Organization.Name).Select(m => m.Organization).ToListAsync(ct);
        return TypedResults.Ok<IReadOnlyList<OrganizationDto>>(organizations.Select(o => o.ToDto()).ToList());
    }

    private static async Task<Results<Ok<OrganizationDto>, ForbidHttpResult>> CurrentAsync(CurrentAccess current, HttpContext http, CancellationToken ct)
    {
        if (await current.GetAsync(ct) is not { } access)
        {
            return TypedResults.Forbid();
        }
        ETags.Set(http, access.Organization);
        return TypedResults.Ok(access.Organization.ToDto());
    }

    /// <summary>Instance administrators create organizations (an MSP: one per client) and become their administrator.</summary>
    private static async Task<Results<Created<OrganizationDto>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateOrganizationRequest request, CurrentAccess current, OrganizationAdministration admin, CancellationToken ct)
    {
        var created = await admin.CreateAsync(await current.RequireAsync(ct), request.Name, request.Slug, ct);
        if (created.Error is { } error)
        {
            return error.Fields is null ? Problems.Of(error) : Problems.Fields(error);
        }
        return TypedResults.Created($"/api/v1/organizations/{created.Value!.Id}", created.Value.ToDto());
    }

    private static async Task<Results<Ok<OrganizationDto>, ProblemHttpResult>> UpdateAsync(
        UpdateOrganizationRequest request, HttpContext http, CurrentAccess current, OrganizationAdministration admin, CancellationToken ct)
    {
        var renamed = await admin.RenameAsync(await current.RequireAsync(ct), request.Name, organization => ETags.Matches(http, organization), ct);
        if (renamed.Error is { } error)
        {
            return Problems.Of(error);
        }
        ETags.Set(http, renamed.Value!);
        return TypedResults.Ok(renamed.Value!.ToDto());
    }
}

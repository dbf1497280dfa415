using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace Watchkeeper.Server.Platform.Authorization;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;

/// <summary>Turns policy names of the form <c>permission:NAME</c> into a permission check.</summary>
public sealed class PermissionPolicyProvider(IOptions<AuthorizationOptions> options) : DefaultAuthorizationPolicyProvider(options)
{
    public const string Prefix = "permission:";

    public override async Task<AuthorizationPolicy?> GetPolicyAsync(string policyName) =>
        policyName.StartsWith(Prefix, StringComparison.Ordinal)
            ? new AuthorizationPolicyBuilder().RequireAuthenticatedUser()
                .AddRequirements(new PermissionRequirement(policyName[Prefix.Length..])).Build()
            : await base.GetPolicyAsync(policyName);
}

/// <summary>
/// Checks a permission in the request's organization. The UI passes its circuit's
/// <see cref="Access"/> as the resource; HTTP requests resolve theirs.
/// </summary>
public sealed class PermissionHandler : AuthorizationHandler<PermissionRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, PermissionRequirement requirement)
    {
        var access = context.Resource switch
        {
            HttpContext http => await http.RequestServices.GetRequiredService<CurrentAccess>().GetAsync(http.RequestAborted),
            Access given => given,
            _ => null,
        };
        var allowed = requirement.Permission == InstanceAdministration.Permission
            ? access?.InstanceAdministrator == true
            : access?.Has(requirement.Permission) == true;
        if (allowed)
        {
            context.Succeed(requirement);
        }
    }
}

/// <summary>Instance administrators (and their personal tokens) manage what spans organizations, such as creating one.</summary>
public static class InstanceAdministration
{
    public const string Permission = "instance.administer";
}

public static class PermissionEndpointExtensions
{
    /// <summary>Requires the caller to hold <paramref name="permission"/> in the request's organization.</summary>
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, string permission) where TBuilder : IEndpointConventionBuilder =>
        builder.RequireAuthorization(PermissionPolicyProvider.Prefix + permission);
}

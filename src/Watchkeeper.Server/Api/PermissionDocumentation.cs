using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Api;

/// <summary>
/// Writes each operation's access rule into the OpenAPI document as
/// <c>x-watchkeeper-permission</c>: a permission name, <c>authenticated</c> or <c>anonymous</c>.
/// Readers of the API see what they need, and the permission-matrix test walks every operation by it.
/// </summary>
public sealed class PermissionDocumentation : IOpenApiOperationTransformer
{
    public const string Extension = "x-watchkeeper-permission";

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var rule = metadata.OfType<IAllowAnonymous>().Any() ? "anonymous"
            : metadata.OfType<IAuthorizeData>().Select(a => a.Policy).FirstOrDefault(p => p?.StartsWith(PermissionPolicyProvider.Prefix, StringComparison.Ordinal) == true)
                is { } policy ? policy[PermissionPolicyProvider.Prefix.Length..]
            : metadata.OfType<IAuthorizeData>().Any() ? "authenticated"
            : "anonymous";
        operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
        operation.Extensions[Extension] = new JsonNodeExtension(JsonValue.Create(rule));
        if (rule is not "anonymous")
        {
            operation.Description = $"{operation.Description}\n\nRequires: {rule}.".Trim();
        }
        return Task.CompletedTask;
    }
}

using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Http.Metadata;
using Scalar.AspNetCore;
using Watchkeeper.Server.Data;

namespace Watchkeeper.Server.Api;

public static class ApiSetup
{
    public const long MaxBodyBytes = 1024 * 1024;

    public static IServiceCollection AddApi(this IServiceCollection services, ServerOptions options)
    {
        services.AddProblemDetails(o => o.CustomizeProblemDetails = context =>
        {
            context.ProblemDetails.Extensions["traceId"] = System.Diagnostics.Activity.Current?.TraceId.ToString() ?? context.HttpContext.TraceIdentifier;
            if (context.ProblemDetails is HttpValidationProblemDetails validation)
            {
                FieldNames.ToJsonNames(validation.Errors);
            }
        });
        // Binding failures throw, so BadRequestExceptionHandler can name the offending field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        services.AddValidation();
        services.Configure<JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
            o.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip;
        });
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o => o.Limits.MaxRequestBodySize = MaxBodyBytes);
        services.AddOpenApi("v1", o => o.AddOperationTransformer<PermissionDocumentation>().AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Watchkeeper API";
            document.Info.Version = ServerVersion.Current;
            document.Info.Description = "Every UI action is an API call. Authenticate with 'Authorization: Bearer wk_…'; choose the organization with the X-Watchkeeper-Organization header.";
            return Task.CompletedTask;
        }));
        services.AddRateLimits(options);
        return services;
    }

    public static void UseApi(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        // Kestrel enforces the limit on the wire too; this answers declared oversize bodies before reading them.
        // An endpoint that takes files (inventory import) names its own limit in its metadata.
        app.Use(async (context, next) =>
        {
            var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? MaxBodyBytes;
            if (context.Request.ContentLength > limit)
            {
                context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
                await context.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
                {
                    HttpContext = context,
                    ProblemDetails = { Status = 413, Title = "Request body too large", Detail = $"Send at most {limit / 1024} KiB." },
                });
                return;
            }
            if (limit != MaxBodyBytes && context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
            {
                size.MaxRequestBodySize = limit;
            }
            await next(context);
        });
    }

    public static void MapApiReference(this WebApplication app)
    {
        app.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("Watchkeeper API").WithOpenApiRoutePattern("/api/openapi/{documentName}.json")).AllowAnonymous();
    }
}

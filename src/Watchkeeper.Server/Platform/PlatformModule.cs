using Microsoft.AspNetCore.Authorization;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Data.Cluster;
using Watchkeeper.Server.Data.Outbox;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Audit;
using Watchkeeper.Server.Platform.Identity;
using Watchkeeper.Server.Platform.Organizations;
using Watchkeeper.Server.Platform.Roles;
using Watchkeeper.Server.Platform.Secrets;
using Watchkeeper.Server.Platform.Setup;
using Watchkeeper.Server.Platform.Teams;
using Watchkeeper.Server.Platform.Tokens;
using Watchkeeper.Server.Platform.Views;

namespace Watchkeeper.Server.Platform;

public static class PlatformModule
{
    public static IServiceCollection AddPlatform(this IServiceCollection services, ServerOptions options)
    {
        services.AddWatchkeeperIdentity(options);
        services.AddSingleton<IAuthorizationPolicyProvider, PermissionPolicyProvider>();
        services.AddSingleton<IAuthorizationHandler, PermissionHandler>();
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, ApiAuthorizationResults>();
        services.AddAuthorization();
        services.AddHttpContextAccessor();
        services.AddScoped<AccessResolver>();
        services.AddScoped<CurrentAccess>();
        services.AddScoped<LoginService>();
        services.AddScoped<SessionRevocation>();
        services.AddScoped<InvitationService>();
        services.AddScoped<TokenService>();
        services.AddScoped<UserAdministration>();
        services.AddScoped<PasswordChange>();
        services.AddScoped<RoleAdministration>();
        services.AddScoped<TeamAdministration>();
        services.AddScoped<OrganizationAdministration>();
        services.AddScoped<FailedEvents>();
        services.AddScoped<SecretStore>();
        services.AddScoped<SetupService>();
        services.AddScoped<PlatformSeeder>();
        services.AddScoped<SavedViewRules>();
        services.AddScoped<ColumnChoices>();
        services.AddSingleton<PublicUrls>();
        services.AddSingleton<LiveSessions>();
        services.AddDomainEventHandler<UserSessionsEnded, EndLiveSessions>();
        services.AddClusterSignalHandler<SessionsEndedSignal>();
        return services;
    }

    public static void MapPlatform(this IEndpointRouteBuilder api)
    {
        api.MapAuth();
        api.MapAccount();
        api.MapSessions();
        api.MapSetup();
        api.MapOrganizations();
        api.MapUsers();
        api.MapInvitations();
        api.MapTeams();
        api.MapRoles();
        api.MapTokens();
        api.MapViews();
        api.MapAudit();
        api.MapOutbox();
    }
}

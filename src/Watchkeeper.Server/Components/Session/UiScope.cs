using System.Security.Claims;
using Watchkeeper.Server.Data;
using Watchkeeper.Server.Platform.Authorization;

namespace Watchkeeper.Server.Components.Session;

/// <summary>One load or action of a page: the access resolved for it and a DI scope of its own.</summary>
public sealed record UiScope(Access Access, IServiceProvider Services, ClaimsPrincipal User)
{
    public WatchkeeperDb Db => Get<WatchkeeperDb>();

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();
}

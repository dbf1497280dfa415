using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Services;

/// <summary>Service kinds are configuration item kinds of the same name; the API speaks of the narrower enum.</summary>
public static class ServiceKinds
{
    public static readonly IReadOnlyList<CiKind> All = [.. Enum.GetValues<ServiceKind>().Select(ToItemKind)];

    public static CiKind ToItemKind(ServiceKind kind) => Enum.Parse<CiKind>(kind.ToString());

    public static ServiceKind Of(CiKind kind) => Enum.Parse<ServiceKind>(kind.ToString());

    public static string Noun(ServiceKind kind) => kind switch
    {
        ServiceKind.Application => "application",
        ServiceKind.Database => "database",
        ServiceKind.TechnicalService => "technical service",
        _ => "business service",
    };
}

using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Components.Pages.Inventory;

/// <summary>A business service's recovery targets as one short text: "4h / 15m", "—" where one is not set.</summary>
public static class RecoveryText
{
    public static string? Of(ServiceDto service) => service.RtoMinutes is null && service.RpoMinutes is null ? null
        : $"{DurationText.Format(service.RtoMinutes) ?? "—"} / {DurationText.Format(service.RpoMinutes) ?? "—"}";
}

using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Components.Shared.Views;

/// <summary>A saved view as the picker lists it: whose it is and whether it opens by default.</summary>
public sealed record ViewChoice(long Id, string Label, SavedViewDto View)
{
    public static ViewChoice Of(SavedViewDto view) => new(view.Id,
        view.Name + (view.Mine ? "" : $" · {view.Owner.DisplayName}") + (view.Shared ? " (shared)" : "") + (view.Default ? " ★" : ""), view);
}

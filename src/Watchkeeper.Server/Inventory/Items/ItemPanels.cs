namespace Watchkeeper.Server.Inventory.Items;

/// <summary>
/// A panel on a configuration item's page. Modules add theirs (monitoring status, open tickets,
/// backups) with <see cref="ItemPanels.AddItemPanel{TComponent}"/>; the page renders each with the
/// item's id as the <c>ItemId</c> parameter, so the inventory never has to know about them.
/// </summary>
public sealed record ItemPanel(string Title, Type Component, int Order);

public static class ItemPanels
{
    public static IServiceCollection AddItemPanel<TComponent>(this IServiceCollection services, string title, int order)
        where TComponent : Microsoft.AspNetCore.Components.IComponent
    {
        services.AddScoped<ItemPanelSignal>();
        return services.AddSingleton(new ItemPanel(title, typeof(TComponent), order));
    }
}

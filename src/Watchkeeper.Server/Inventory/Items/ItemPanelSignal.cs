namespace Watchkeeper.Server.Inventory.Items;

/// <summary>
/// Lets a panel on an item's page say it changed what other panels show without changing the item itself — a cable
/// adds a "connected to" relationship, a history entry and an edge on the map — so the page renders its panels anew.
/// One per connection (scoped), so it only reaches the page of the person who made the change.
/// </summary>
public sealed class ItemPanelSignal
{
    public event Action<long>? Changed;

    public void Notify(long itemId) => Changed?.Invoke(itemId);
}

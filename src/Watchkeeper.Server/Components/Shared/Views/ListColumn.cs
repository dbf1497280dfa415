namespace Watchkeeper.Server.Components.Shared.Views;

/// <summary>A column a list page can show: the key saved in views and column choices, and its title.</summary>
public sealed record ListColumn(string Key, string Title, bool ShownByDefault = true)
{
    public static List<string> Defaults(IEnumerable<ListColumn> columns) => columns.Where(c => c.ShownByDefault).Select(c => c.Key).ToList();
}

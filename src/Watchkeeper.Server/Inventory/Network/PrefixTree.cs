namespace Watchkeeper.Server.Inventory.Network;

/// <summary>Places prefixes in their containment tree: each one's parent is the longest prefix that contains it.</summary>
public static class PrefixTree
{
    public readonly record struct Node<T>(T Item, IpBlock Block, int? ParentIndex, int Depth);

    /// <summary>
    /// The nodes in depth-first order. Sorted by start and then by length, every prefix comes right after the chain of
    /// prefixes that contain it, so one stack of open ancestors finds each parent in a single pass.
    /// </summary>
    public static IReadOnlyList<Node<T>> Build<T>(IEnumerable<(T Item, IpBlock Block)> prefixes)
    {
        var nodes = new List<Node<T>>();
        var open = new Stack<int>();
        foreach (var (item, block) in prefixes.OrderBy(p => p.Block.Family).ThenBy(p => p.Block.Start).ThenBy(p => p.Block.Length))
        {
            while (open.Count > 0 && !nodes[open.Peek()].Block.Contains(block))
            {
                open.Pop();
            }
            nodes.Add(new Node<T>(item, block, open.Count > 0 ? open.Peek() : null, open.Count));
            open.Push(nodes.Count - 1);
        }
        return nodes;
    }
}

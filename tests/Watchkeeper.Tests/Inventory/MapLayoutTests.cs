using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Map;

namespace Watchkeeper.Tests.Inventory;

public sealed class MapLayoutTests
{
    private static MapNodeDto Node(long id, int distance, string? name = null) =>
        new(new ItemRef(id, CiKind.Device, name ?? $"item-{id:000}"), distance, DeviceKind.Server, null);

    /// <summary>A switch (1) that 200 servers connect through, two of them on a hypervisor upstream chain.</summary>
    private static DependencyMapDto Switch(int servers)
    {
        var nodes = new List<MapNodeDto> { Node(1, 0, "core-switch"), Node(2, -1, "power-a"), Node(3, -2, "ups-1") };
        var edges = new List<MapEdgeDto> { new(1, 2, RelationshipType.DependsOn), new(2, 3, RelationshipType.DependsOn) };
        for (var i = 0; i < servers; i++)
        {
            nodes.Add(Node(100 + i, 1));
            edges.Add(new MapEdgeDto(100 + i, 1, RelationshipType.DependsOn));
        }
        return new DependencyMapDto(1, 2, nodes, edges, false);
    }

    private static void AssertNoOverlaps(MapPicture picture)
    {
        foreach (var (a, i) in picture.Nodes.Select((n, i) => (n, i)))
        {
            foreach (var b in picture.Nodes.Skip(i + 1))
            {
                var apart = a.X + MapLayout.NodeWidth <= b.X || b.X + MapLayout.NodeWidth <= a.X || a.Y + MapLayout.NodeHeight <= b.Y || b.Y + MapLayout.NodeHeight <= a.Y;
                Assert.True(apart, $"{a.Key} overlaps {b.Key}");
            }
            Assert.InRange(a.X + MapLayout.NodeWidth, 0, picture.Width);
            Assert.InRange(a.Y + MapLayout.NodeHeight, 0, picture.Height);
        }
    }

    [Fact]
    public void Upstream_is_left_of_the_centre_and_downstream_right()
    {
        var picture = MapLayout.Arrange(Switch(3), new HashSet<int>());
        double X(long id) => picture.Nodes.Single(n => n.Key == MapLayout.KeyOf(id)).X;

        Assert.True(X(3) < X(2) && X(2) < X(1) && X(1) < X(100));
        AssertNoOverlaps(picture);
        Assert.Equal(5, picture.Edges.Count);
    }

    [Fact]
    public void Two_hundred_neighbours_collapse_into_a_column_of_forty_with_a_more_box_and_stay_within_bounds()
    {
        var picture = MapLayout.Arrange(Switch(200), new HashSet<int>());

        var downstream = picture.Nodes.Where(n => n.Distance == 1).ToList();
        var more = Assert.Single(downstream, n => n.Node is null);
        Assert.Equal(MapLayout.MaxRows, downstream.Count);
        Assert.Equal(161, more.Hidden);
        Assert.Contains(picture.Edges, e => e.FromKey == MapLayout.MoreKey(1));
        AssertNoOverlaps(picture);
        Assert.InRange(picture.Width, 0, 1200);
        Assert.InRange(picture.Height, 0, 1700);
    }

    [Fact]
    public void An_expanded_column_wraps_into_sub_columns_of_forty()
    {
        var picture = MapLayout.Arrange(Switch(200), new HashSet<int> { 1 });

        Assert.Equal(203, picture.Nodes.Count);
        Assert.Equal(5, picture.Nodes.Where(n => n.Distance == 1).Select(n => n.X).Distinct().Count());
        AssertNoOverlaps(picture);
        Assert.InRange(picture.Width, 0, 2600);
        Assert.InRange(picture.Height, 0, 1700);
    }

    [Fact]
    public void The_layout_is_deterministic_whatever_order_the_nodes_and_edges_arrive_in()
    {
        var map = Switch(60);
        var shuffled = map with { Nodes = [.. map.Nodes.OrderByDescending(n => n.Item.Id)], Edges = [.. map.Edges.AsEnumerable().Reverse()] };

        var first = MapLayout.Arrange(map, new HashSet<int>());
        var second = MapLayout.Arrange(shuffled, new HashSet<int>());

        Assert.Equal(first.Nodes.Select(n => (n.Key, n.X, n.Y)), second.Nodes.Select(n => (n.Key, n.X, n.Y)));
    }

    [Fact]
    public void Barycentre_sweeps_untangle_two_crossing_pairs()
    {
        // a-1 is linked to b-2 and a-2 to b-1: sorted by name they cross; the sweeps put partners level.
        var nodes = new[] { Node(1, 0, "a-1"), Node(2, 0, "a-2"), Node(3, 1, "b-1"), Node(4, 1, "b-2") };
        var edges = new[] { new MapEdgeDto(1, 4, RelationshipType.Uses), new MapEdgeDto(2, 3, RelationshipType.Uses) };

        var picture = MapLayout.Arrange(new DependencyMapDto(1, 1, nodes, edges, false), new HashSet<int>());
        double Y(long id) => picture.Nodes.Single(n => n.Key == MapLayout.KeyOf(id)).Y;

        Assert.Equal(Y(1), Y(4));
        Assert.Equal(Y(2), Y(3));
    }
}

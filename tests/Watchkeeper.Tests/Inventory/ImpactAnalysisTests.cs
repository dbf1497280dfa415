using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Impact;

namespace Watchkeeper.Tests.Inventory;

/// <summary>
/// The estate: a tier-1 shop business service uses a web tier (group "any 2 of web-1..3") and runs on app-1;
/// the web servers run on hv-1 (web-1, web-2) and hv-2 (web-3); app-1 runs on hv-2.
/// </summary>
public sealed class ImpactAnalysisTests
{
    private const long Shop = 1, WebTier = 2, Web1 = 3, Web2 = 4, Web3 = 5, App = 6, Hv1 = 7, Hv2 = 8;

    private static readonly GraphItem[] Items =
    [
        new(Shop, CiKind.BusinessService, "shop", Criticality.Critical, Tier: 1), new(WebTier, CiKind.RedundancyGroup, "web-tier", null, MinimumHealthy: 2),
        new(Web1, CiKind.Device, "web-1", Criticality.Medium), new(Web2, CiKind.Device, "web-2", Criticality.Medium),
        new(Web3, CiKind.Device, "web-3", Criticality.Medium), new(App, CiKind.Device, "app-1", Criticality.High),
        new(Hv1, CiKind.Device, "hv-1", null), new(Hv2, CiKind.Device, "hv-2", null),
    ];

    private static readonly GraphEdge[] Edges =
    [
        new(Shop, WebTier, RelationshipType.Uses), new(Shop, App, RelationshipType.RunsOn),
        new(Web1, WebTier, RelationshipType.MemberOf), new(Web2, WebTier, RelationshipType.MemberOf), new(Web3, WebTier, RelationshipType.MemberOf),
        new(Web1, Hv1, RelationshipType.RunsOn), new(Web2, Hv1, RelationshipType.RunsOn), new(Web3, Hv2, RelationshipType.RunsOn),
        new(App, Hv2, RelationshipType.RunsOn), new(Web1, Hv2, RelationshipType.BackedUpBy),
    ];

    private static ImpactAnalysis Analysis(params GraphEdge[] more) => new(new DependencyGraph(Items, [.. Edges, .. more]));

    private static Dictionary<string, ImpactState> StatesAfter(ImpactAnalysis analysis, params long[] failed) =>
        analysis.Analyze(failed).Affected.ToDictionary(a => a.Item.Name, a => a.State);

    [Fact]
    public void Losing_one_member_of_a_group_that_still_has_its_minimum_degrades_what_uses_it()
    {
        var states = StatesAfter(Analysis(), Web3);

        Assert.Equal(new Dictionary<string, ImpactState> { ["web-tier"] = ImpactState.Degraded, ["shop"] = ImpactState.Degraded }, states);
    }

    [Fact]
    public void Falling_below_the_minimum_takes_the_group_and_its_users_down()
    {
        var states = StatesAfter(Analysis(), Hv1);

        Assert.Equal(ImpactState.Down, states["web-1"]);
        Assert.Equal(ImpactState.Down, states["web-2"]);
        Assert.Equal(ImpactState.Down, states["web-tier"]);
        Assert.Equal(ImpactState.Down, states["shop"]);
        Assert.DoesNotContain("app-1", states.Keys);
    }

    [Fact]
    public void Down_outweighs_degraded_and_informational_relationships_carry_no_failure()
    {
        var states = StatesAfter(Analysis(), Hv2);

        Assert.Equal(ImpactState.Down, states["app-1"]);
        Assert.Equal(ImpactState.Degraded, states["web-tier"]);
        Assert.Equal(ImpactState.Down, states["shop"]);
        Assert.DoesNotContain("web-1", states.Keys);
    }

    [Fact]
    public void Cycles_end_and_a_failure_inside_one_reaches_every_item_on_it()
    {
        var analysis = Analysis(new GraphEdge(Hv1, Shop, RelationshipType.DependsOn), new GraphEdge(Hv2, Hv1, RelationshipType.DependsOn));

        var states = StatesAfter(analysis, App);

        Assert.All(["shop", "hv-1", "hv-2", "web-1", "web-2", "web-3", "web-tier"], name => Assert.Equal(ImpactState.Down, states[name]));
    }

    [Fact]
    public void Walks_stop_at_their_depth_and_report_each_item_once_at_its_shortest_distance()
    {
        var walk = new DependencyWalk(new DependencyGraph(Items, [.. Edges, new GraphEdge(Hv2, Shop, RelationshipType.DependsOn)]));

        var one = walk.Downstream([Hv1], 1);
        var all = walk.Downstream([Hv1], 50);
        var upstream = walk.Upstream([Shop], 2);

        Assert.Equal(["web-1", "web-2"], one.Select(s => s.Item.Name).Order());
        Assert.Equal(all.Count, all.Select(s => s.Item.Id).Distinct().Count());
        Assert.Equal(3, all.Single(s => s.Item.Id == Shop).Depth);
        Assert.Equal(4, all.Single(s => s.Item.Id == Hv2).Depth);
        Assert.Equal(1, upstream.Single(s => s.Item.Id == App).Depth);
        Assert.Equal(2, upstream.Single(s => s.Item.Id == Web1).Depth);
        Assert.DoesNotContain(upstream, s => s.Item.Id == Hv1);
    }

    [Fact]
    public void Single_points_of_failure_are_the_items_whose_loss_alone_takes_down_a_tier_1_or_2_business_service()
    {
        var found = Analysis().SinglePointsOfFailure().ToDictionary(f => f.Item.Name, f => f.TakesDown.Select(t => t.Name).ToList());

        Assert.Equal(["shop"], found["hv-2"]);
        Assert.Equal(["shop"], found["hv-1"]);
        Assert.Equal(["shop"], found["app-1"]);
        Assert.DoesNotContain("web-1", found.Keys);
        Assert.DoesNotContain("web-tier", found.Keys);
    }

    [Fact]
    public void A_tier_3_service_is_reported_as_affected_but_makes_no_single_point_of_failure()
    {
        const long Wiki = 9;
        var graph = new DependencyGraph([.. Items, new GraphItem(Wiki, CiKind.BusinessService, "wiki", Criticality.Critical, Tier: 3)],
            [.. Edges, new GraphEdge(Wiki, Hv1, RelationshipType.RunsOn)]);
        var analysis = new ImpactAnalysis(graph);

        var services = analysis.Analyze([Hv1]).Services;
        var found = analysis.SinglePointsOfFailure();

        Assert.Equal([("shop", 1), ("wiki", 3)], services.Select(s => (s.Service.Name, s.Tier!.Value)));
        Assert.All(services, s => Assert.Equal(ImpactState.Down, s.State));
        Assert.DoesNotContain(found, f => f.TakesDown.Any(t => t.Name == "wiki"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    [InlineData(7)]
    [InlineData(8)]
    public void The_single_point_search_agrees_with_analysing_each_item_alone_on_random_graphs_with_groups_and_cycles(int seed)
    {
        var random = new Random(seed);
        GraphItem[] items = [.. Enumerable.Range(1, 60).Select(id => (id % 7) switch
        {
            0 => new GraphItem(id, CiKind.BusinessService, $"service-{id}", null, Tier: random.Next(1, 5)),
            1 => new GraphItem(id, CiKind.RedundancyGroup, $"group-{id}", null, MinimumHealthy: random.Next(1, 3)),
            _ => new GraphItem(id, CiKind.Device, $"device-{id}", null),
        })];
        RelationshipType[] types = [RelationshipType.DependsOn, RelationshipType.RunsOn, RelationshipType.MemberOf, RelationshipType.Uses, RelationshipType.ConnectedTo];
        var edges = Enumerable.Range(0, 150).Select(_ => new GraphEdge(random.Next(1, 61), random.Next(1, 61), types[random.Next(types.Length)]))
            .Where(e => e.SourceId != e.TargetId).DistinctBy(e => (e.SourceId, e.TargetId, e.Type)).ToList();
        var analysis = new ImpactAnalysis(new DependencyGraph(items, edges));

        var expected = items.Where(i => i.MinimumHealthy is null)
            .Select(i => (Item: i.Name, Down: analysis.Analyze([i.Id]).Services
                .Where(s => s.State == ImpactState.Down && s.Tier is 1 or 2).Select(s => s.Service.Name).Order(StringComparer.Ordinal).ToList()))
            .Where(f => f.Down.Count > 0).OrderBy(f => f.Item, StringComparer.Ordinal).ToList();
        var found = analysis.SinglePointsOfFailure().Select(f => (Item: f.Item.Name, Down: f.TakesDown.Select(t => t.Name).ToList()))
            .OrderBy(f => f.Item, StringComparer.Ordinal).ToList();

        Assert.Equal(expected.Select(e => e.Item), found.Select(f => f.Item));
        Assert.Equal(expected.SelectMany(e => e.Down), found.SelectMany(f => f.Down));
    }
}

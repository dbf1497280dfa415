using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Facilities;

namespace Watchkeeper.Tests.Inventory;

public sealed class RackPlacementTests
{
    private static RackSlot Slot(long id, int position, int height, RackFace face = RackFace.Front, bool fullDepth = true) =>
        new(id, $"d{id}", position, height, face, fullDepth);

    [Theory]
    [InlineData(1, 1, true)]
    [InlineData(42, 1, true)]
    [InlineData(41, 2, true)]
    [InlineData(42, 2, false)]
    [InlineData(0, 1, false)]
    public void A_device_fits_only_inside_the_rack(int position, int height, bool fits) =>
        Assert.Equal(fits, RackPlacement.Check(42, Slot(1, position, height), []).Count == 0);

    [Fact]
    public void Overlap_counts_on_the_same_face_or_through_a_full_depth_device()
    {
        var halfFront = Slot(1, 10, 2, RackFace.Front, fullDepth: false);

        Assert.True(halfFront.Clashes(Slot(2, 11, 1, RackFace.Front, fullDepth: false)));
        Assert.False(halfFront.Clashes(Slot(2, 11, 1, RackFace.Rear, fullDepth: false)));
        Assert.True(halfFront.Clashes(Slot(2, 11, 1, RackFace.Rear, fullDepth: true)));
        Assert.False(halfFront.Clashes(Slot(2, 12, 1, RackFace.Front, fullDepth: true)));
    }

    [Fact]
    public void A_device_never_clashes_with_itself_and_used_units_count_once()
    {
        var slot = Slot(1, 5, 2);

        Assert.Empty(RackPlacement.Check(42, slot, [slot]));
        Assert.Equal(3, RackPlacement.UsedUnits([slot, Slot(2, 6, 2, RackFace.Rear, false) with { DeviceId = 2 }]));
    }

    [Fact]
    public void A_location_cannot_move_below_itself()
    {
        var parents = new Dictionary<long, long?> { [1] = null, [2] = 1, [3] = 2 };

        Assert.True(LocationTree.WouldCycle(1, 3, parents));
        Assert.True(LocationTree.WouldCycle(2, 2, parents));
        Assert.False(LocationTree.WouldCycle(3, 1, parents));
    }
}

using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Facilities;

/// <summary>A device as it sits in a rack: its lowest unit, its height, its face and whether it fills the depth.</summary>
public sealed record RackSlot(long DeviceId, string Name, int Position, int HeightU, RackFace Face, bool FullDepth)
{
    public int Top => Position + HeightU - 1;

    /// <summary>
    /// Two devices clash when their units overlap and they share a face; a full-depth device
    /// takes its units on both faces, so it clashes with anything on either face.
    /// </summary>
    public bool Clashes(RackSlot other) =>
        Position <= other.Top && other.Position <= Top && (Face == other.Face || FullDepth || other.FullDepth);
}

/// <summary>The rules for putting a device into a rack, worded per field as the API reports them.</summary>
public static class RackPlacement
{
    /// <returns>Field → message for every rule the slot breaks; empty when it fits.</returns>
    public static Dictionary<string, string[]> Check(int rackHeightU, RackSlot slot, IEnumerable<RackSlot> others)
    {
        var errors = new Dictionary<string, string[]>();
        if (slot.Position < 1 || slot.Top > rackHeightU)
        {
            errors["position"] = [slot.HeightU == 1
                ? $"The rack has units 1 to {rackHeightU}; unit {slot.Position} is not one of them."
                : $"A {slot.HeightU}U device at unit {slot.Position} would reach unit {slot.Top}, but the rack has units 1 to {rackHeightU}."];
            return errors;
        }
        var clash = others.Where(o => o.DeviceId != slot.DeviceId).FirstOrDefault(slot.Clashes);
        if (clash is not null)
        {
            var where = clash.Face == slot.Face ? $"on the {slot.Face.ToString().ToLowerInvariant()}" : "through the full depth";
            errors["position"] = [$"Units {slot.Position}–{slot.Top} overlap '{clash.Name}' at units {clash.Position}–{clash.Top} {where}."];
        }
        return errors;
    }

    /// <summary>Units taken on either face, counted once each.</summary>
    public static int UsedUnits(IEnumerable<RackSlot> slots) =>
        slots.SelectMany(s => Enumerable.Range(s.Position, s.HeightU)).Distinct().Count();
}

using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Inventory.Power;

/// <summary>What a feed may carry: V × A (× √3 for three phase) × the share of the breaker rating that may be used.</summary>
public static class PowerCapacity
{
    public static int Watts(PowerPhase phase, int voltage, int amperage, int maxUtilizationPercent)
    {
        var apparent = voltage * (double)amperage * (phase == PowerPhase.ThreePhase ? Math.Sqrt(3) : 1);
        return (int)Math.Round(apparent * maxUtilizationPercent / 100, MidpointRounding.AwayFromZero);
    }
}

using Watchkeeper.Contracts;
using Watchkeeper.Server.Inventory.Network;

namespace Watchkeeper.Server.Inventory.Discovery.Jobs;

/// <summary>
/// The addresses a job may probe. A sweep touches only what an operator listed, never more than a
/// /16 of IPv4 or a /120 of IPv6 at once, and never addresses that reach many hosts or none.
/// </summary>
public static class DiscoveryTargets
{
    public const int MaxAddresses = 65_536;
    public const int SmallestIpv6Length = 120;

    private static readonly (IpBlock Block, string Why)[] Refused =
    [
        (Block("0.0.0.0/8"), "is the unspecified (this-network) range"),
        (Block("224.0.0.0/4"), "is multicast"),
        (Block("255.255.255.255/32"), "is the broadcast address"),
        (Block("::/128"), "is the unspecified address"),
        (Block("ff00::/8"), "is multicast"),
    ];

    private static readonly (IpBlock Block, string Why)[] LocalOnly =
    [
        (Block("127.0.0.0/8"), "is loopback"),
        (Block("169.254.0.0/16"), "is link-local"),
        (Block("::1/128"), "is loopback"),
        (Block("fe80::/10"), "is link-local"),
    ];

    /// <summary>Reads the prefixes (a bare address is a single host); every broken rule lands under <c>prefixes</c>.</summary>
    public static IReadOnlyList<IpBlock> Parse(IReadOnlyList<string>? prefixes, bool allowLoopback, FieldErrors errors)
    {
        var blocks = new List<IpBlock>();
        if (prefixes is null || prefixes.Count == 0)
        {
            errors.Add("prefixes", "List at least one prefix to probe, e.g. 192.0.2.0/24.");
            return blocks;
        }
        foreach (var text in prefixes)
        {
            if (Check(text, allowLoopback) is { } problem)
            {
                errors.Add("prefixes", problem);
                continue;
            }
            var block = Host(text);
            if (blocks.Any(b => b.Overlaps(block)))
            {
                errors.Add("prefixes", $"'{text.Trim()}' overlaps another prefix of the job.");
                continue;
            }
            blocks.Add(block);
        }
        if (blocks.Sum(b => b.Size) > MaxAddresses)
        {
            errors.Add("prefixes", $"The prefixes hold {blocks.Sum(b => b.Size):0} addresses; a job probes at most {MaxAddresses} (a /16). Split it into several jobs.");
        }
        return blocks;
    }

    /// <summary>The host addresses to probe: an IPv4 network's own and broadcast addresses are left out (except in /31 and /32).</summary>
    public static IEnumerable<System.Net.IPAddress> Addresses(IEnumerable<IpBlock> blocks)
    {
        foreach (var block in blocks)
        {
            var skipEnds = block.Family == IpFamily.IPv4 && block.Length <= 30;
            for (var value = block.Start; value <= block.End; value++)
            {
                if (!skipEnds || (value != block.Start && value != block.End))
                {
                    yield return block.Address(value);
                }
                if (value == UInt128.MaxValue)
                {
                    break;
                }
            }
        }
    }

    public static int Count(IEnumerable<IpBlock> blocks) =>
        blocks.Sum(b => b.Family == IpFamily.IPv4 && b.Length <= 30 ? (int)b.Size - 2 : (int)b.Size);

    private static string? Check(string text, bool allowLoopback)
    {
        var (block, error) = text.Contains('/', StringComparison.Ordinal) ? IpNotation.ParsePrefix(text) : (Host(text), Unparsable(text));
        if (error is not null)
        {
            return error;
        }
        if (block.Family == IpFamily.IPv6 && block.Length < SmallestIpv6Length)
        {
            return $"'{text.Trim()}' is larger than an IPv6 /{SmallestIpv6Length}; sweeping IPv6 space finds nothing, so list the /120s (or addresses) in use.";
        }
        if (block.Family == IpFamily.IPv4 && block.Length < 16)
        {
            return $"'{text.Trim()}' is larger than a /16; a job probes at most {MaxAddresses} addresses.";
        }
        foreach (var (refused, why) in Refused.Where(r => r.Block.Overlaps(block)))
        {
            return $"'{text.Trim()}' {why} and cannot be probed.";
        }
        foreach (var (local, why) in LocalOnly.Where(r => r.Block.Overlaps(block) && !allowLoopback))
        {
            return $"'{text.Trim()}' {why}; the server allows it only with the option Discovery:AllowLoopback.";
        }
        return null;
    }

    private static string? Unparsable(string text) =>
        IpBlock.TryParseAddress(text.Trim(), out _, out _) ? null : $"'{text.Trim()}' is not an IPv4 or IPv6 address or prefix (like 192.0.2.0/24).";

    private static IpBlock Host(string text)
    {
        if (text.Contains('/', StringComparison.Ordinal))
        {
            return IpNotation.ParsePrefix(text).Block;
        }
        return IpBlock.TryParseAddress(text.Trim(), out var family, out var value)
            ? new IpBlock(family, value, family == IpFamily.IPv4 ? 32 : 128)
            : default;
    }

    private static IpBlock Block(string cidr) => IpNotation.ParsePrefix(cidr).Block;
}

using Xunit;

namespace Watchkeeper.Testing;

/// <summary>
/// A fact that needs a program from a Debian package. ./test.sh installs the package when it runs as root; otherwise
/// the fact is skipped with a message naming the package, rather than failing for a reason that is not the code's.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NeedsPackageFactAttribute : FactAttribute
{
    /// <param name="path">The program's (or module's) path, present once the package is installed.</param>
    /// <param name="package">The Debian package that provides it.</param>
    public NeedsPackageFactAttribute(string path, string package)
    {
        if (!Path.Exists(path))
        {
            Skip = $"{path} is missing: install the Debian package {package} (./test.sh does when run as root).";
        }
    }
}

/// <summary>
/// A fact that sends ICMP echo requests: it needs raw sockets (root or CAP_NET_RAW), unprivileged ICMP sockets or the
/// ping utility, and is skipped, saying so, on a machine that has none of them.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NeedsIcmpFactAttribute : FactAttribute
{
    private static readonly Lazy<string?> Missing = new(() =>
    {
        try
        {
            using var ping = new System.Net.NetworkInformation.Ping();
            ping.Send(System.Net.IPAddress.Loopback, 1000);
            return null;
        }
        catch (Exception e) when (e is System.Net.NetworkInformation.PingException or PlatformNotSupportedException)
        {
            return $"This machine cannot send ICMP echo requests ({e.Message}): run as root (./test.sh does) or install iputils-ping.";
        }
    });

    public NeedsIcmpFactAttribute()
    {
        Skip = Missing.Value;
    }
}

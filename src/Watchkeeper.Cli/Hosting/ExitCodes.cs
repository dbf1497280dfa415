namespace Watchkeeper.Cli.Hosting;

/// <summary>What <c>wk</c> exits with; scripts branch on these, so they never change meaning.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Error = 1;
    public const int Usage = 2;
    public const int NotLoggedIn = 3;
    public const int Forbidden = 4;
}

namespace Watchkeeper.Testing;

public static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

#if DEBUG
    public const string Configuration = "Debug";
#else
    public const string Configuration = "Release";
#endif

    /// <summary>
    /// The built server, as <c>dotnet run</c> would start it, or the one <c>WATCHKEEPER_SERVER_ASSEMBLY</c>
    /// names (a published, ReadyToRun server for the benchmark).
    /// </summary>
    public static string ServerAssembly =>
        Environment.GetEnvironmentVariable("WATCHKEEPER_SERVER_ASSEMBLY") is { Length: > 0 } published
            ? Path.GetFullPath(published)
            : Path.Combine(Root, "src", "Watchkeeper.Server", "bin", Configuration, "net10.0", "watchkeeper.dll");

    /// <summary>Where tests leave screenshots and logs for people to look at.</summary>
    public static string Artifacts(string area)
    {
        var path = Path.Combine(Root, "artifacts", area);
        Directory.CreateDirectory(path);
        return path;
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Watchkeeper.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Run the tests from inside the Watchkeeper repository.");
    }
}

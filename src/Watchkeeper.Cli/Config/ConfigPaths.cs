namespace Watchkeeper.Cli.Config;

public static class ConfigPaths
{
    /// <summary>
    /// WK_CONFIG if set, else the XDG base directory convention: <c>$XDG_CONFIG_HOME/watchkeeper/config.json</c>,
    /// falling back to <c>~/.config</c> (and to the roaming application data folder on Windows).
    /// </summary>
    public static string Default(Func<string, string?> variable)
    {
        if (variable("WK_CONFIG") is { Length: > 0 } explicitPath)
        {
            return explicitPath;
        }
        var xdg = variable("XDG_CONFIG_HOME");
        // The XDG specification says relative values are invalid and must be ignored.
        var baseDirectory = !string.IsNullOrEmpty(xdg) && Path.IsPathRooted(xdg)
            ? xdg
            : OperatingSystem.IsWindows()
                ? Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData)
                : Path.Combine(variable("HOME") is { Length: > 0 } home ? home : Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config");
        return Path.Combine(baseDirectory, "watchkeeper", "config.json");
    }
}

using System.Text.Json;

namespace Watchkeeper.Cli.Config;

/// <summary>What <c>wk login</c> remembers between runs.</summary>
/// <param name="Server">Server address.</param>
/// <param name="Token">The API token secret.</param>
/// <param name="TokenId">The token's id, so <c>wk logout</c> can revoke it.</param>
/// <param name="Organization">Slug of the organization the token acts in.</param>
/// <param name="User">Who logged in, for display.</param>
public sealed record CliConfig(string? Server = null, string? Token = null, long? TokenId = null, string? Organization = null, string? User = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public static CliConfig Load(string path)
    {
        if (!File.Exists(path))
        {
            return new CliConfig();
        }
        try
        {
            return JsonSerializer.Deserialize<CliConfig>(File.ReadAllText(path), Json) ?? new CliConfig();
        }
        catch (JsonException e)
        {
            throw new Hosting.CliException($"The configuration file {path} is not valid JSON ({e.Message}). Fix or delete it, then log in again.");
        }
    }

    /// <summary>Writes the file readable by its owner only: it holds a bearer token.</summary>
    public void Save(string path)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(path))!;
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(directory);
        }
        else
        {
            Directory.CreateDirectory(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        // Write beside and rename, so a crash never leaves half a file and the mode is right from the first byte.
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        using (var stream = new FileStream(temporary, options))
        {
            JsonSerializer.Serialize(stream, this, Json);
        }
        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode applies only to new files; a leftover temporary file keeps its old mode.
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
        File.Move(temporary, path, overwrite: true);
    }
}

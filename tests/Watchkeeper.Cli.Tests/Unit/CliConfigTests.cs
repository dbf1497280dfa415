using Watchkeeper.Cli.Config;
using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli.Tests.Unit;

public sealed class CliConfigTests : IDisposable
{
    private readonly DirectoryInfo directory = Directory.CreateTempSubdirectory("wk-config-test-");

    private string PathIn(params string[] parts) => Path.Combine([directory.FullName, .. parts]);

    [Fact]
    public void Saved_configuration_reads_back_and_only_its_owner_can_read_it()
    {
        var path = PathIn("watchkeeper", "config.json");
        var config = new CliConfig("https://wk.example.com/", "wk_secret", 42, "acme", "ada@example.com");

        config.Save(path);

        Assert.Equal(config, CliConfig.Load(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(PathIn("watchkeeper")));
        }
    }

    [Fact]
    public void Saving_over_a_world_readable_file_makes_it_private()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var path = PathIn("config.json");
        File.WriteAllText(path, "{}");
        File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);

        new CliConfig(Token: "wk_secret").Save(path);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public void A_missing_file_is_an_empty_configuration() => Assert.Equal(new CliConfig(), CliConfig.Load(PathIn("absent.json")));

    [Fact]
    public void A_broken_file_names_itself_in_the_error()
    {
        var path = PathIn("config.json");
        File.WriteAllText(path, "{ not json");

        var error = Assert.Throws<CliException>(() => CliConfig.Load(path));

        Assert.Contains(path, error.Message);
    }

    [Theory]
    [InlineData("/tmp/explicit.json", null, "/home/ada", "/tmp/explicit.json")]
    [InlineData(null, "/xdg", "/home/ada", "/xdg/watchkeeper/config.json")]
    [InlineData(null, "relative/ignored", "/home/ada", "/home/ada/.config/watchkeeper/config.json")]
    [InlineData(null, null, "/home/ada", "/home/ada/.config/watchkeeper/config.json")]
    public void The_default_location_follows_WK_CONFIG_then_XDG(string? wkConfig, string? xdg, string home, string expected)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }
        var variables = new Dictionary<string, string?> { ["WK_CONFIG"] = wkConfig, ["XDG_CONFIG_HOME"] = xdg, ["HOME"] = home };

        Assert.Equal(expected, ConfigPaths.Default(name => variables.GetValueOrDefault(name)));
    }

    public void Dispose() => directory.Delete(recursive: true);
}

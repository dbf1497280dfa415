namespace Watchkeeper.Cli.Hosting;

/// <summary>Asks the user for a value; returns null when there is nobody to ask (end of input).</summary>
public interface IPrompt
{
    string? ReadLine(string label);

    /// <summary>Reads without echoing, for passwords and codes.</summary>
    string? ReadSecret(string label);
}

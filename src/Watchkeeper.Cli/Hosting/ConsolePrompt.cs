using System.Text;

namespace Watchkeeper.Cli.Hosting;

/// <summary>Prompts on standard error (so standard output stays clean for scripts) and reads standard input.</summary>
public sealed class ConsolePrompt : IPrompt
{
    public string? ReadLine(string label)
    {
        // Piped input has nobody to read the label; printing it would only clutter logs.
        if (!Console.IsInputRedirected)
        {
            Console.Error.Write(label);
        }
        return Console.ReadLine();
    }

    public string? ReadSecret(string label)
    {
        // Piped input has no echo to hide; reading it as a line lets `echo … | wk login` work.
        if (Console.IsInputRedirected)
        {
            return Console.ReadLine();
        }
        Console.Error.Write(label);
        var secret = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
            {
                Console.Error.WriteLine();
                return secret.ToString();
            }
            if (key.Key == ConsoleKey.Backspace)
            {
                if (secret.Length > 0)
                {
                    secret.Length--;
                }
            }
            else if (!char.IsControl(key.KeyChar))
            {
                secret.Append(key.KeyChar);
            }
        }
    }
}

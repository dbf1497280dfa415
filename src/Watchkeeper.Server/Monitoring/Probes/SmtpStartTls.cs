using System.Net.Sockets;
using System.Text;

namespace Watchkeeper.Server.Monitoring.Probes;

/// <summary>
/// The SMTP dialogue before a STARTTLS handshake (RFC 3207): the greeting, EHLO, STARTTLS. Replies are read a byte at a
/// time so that nothing of the TLS handshake that follows is swallowed by a buffer.
/// </summary>
public static class SmtpStartTls
{
    private const int MaxLine = 1000;
    private const int MaxLines = 100;

    public static async Task NegotiateAsync(NetworkStream stream, CancellationToken ct)
    {
        var greeting = await ReadReplyAsync(stream, ct);
        Expect(greeting, "220", "greeted");
        await SendAsync(stream, "EHLO watchkeeper.invalid", ct);
        var hello = await ReadReplyAsync(stream, ct);
        Expect(hello, "250", "answered EHLO");
        if (!hello.Exists(line => line.Length > 4 && line[4..].Trim().Equals("STARTTLS", StringComparison.OrdinalIgnoreCase)))
        {
            throw new ProbeFailedException("The mail server does not offer STARTTLS.");
        }
        await SendAsync(stream, "STARTTLS", ct);
        Expect(await ReadReplyAsync(stream, ct), "220", "answered STARTTLS");
    }

    private static void Expect(List<string> reply, string code, string what)
    {
        if (!reply[^1].StartsWith(code, StringComparison.Ordinal))
        {
            throw new ProbeFailedException(ProbeOutcome.Shorten($"The mail server {what} with \"{reply[^1]}\", expected {code}."));
        }
    }

    private static async Task SendAsync(NetworkStream stream, string command, CancellationToken ct) =>
        await stream.WriteAsync(Encoding.ASCII.GetBytes(command + "\r\n"), ct);

    /// <summary>A reply's lines: "250-" lines continue it, the line with a space after the code ends it.</summary>
    private static async Task<List<string>> ReadReplyAsync(NetworkStream stream, CancellationToken ct)
    {
        var lines = new List<string>();
        while (lines.Count < MaxLines)
        {
            var line = await ReadLineAsync(stream, ct);
            lines.Add(line);
            if (line.Length < 4 || line[3] != '-')
            {
                return lines;
            }
        }
        throw new ProbeFailedException("The mail server's reply has no end.");
    }

    private static async Task<string> ReadLineAsync(NetworkStream stream, CancellationToken ct)
    {
        var line = new StringBuilder();
        var one = new byte[1];
        while (line.Length < MaxLine)
        {
            if (await stream.ReadAsync(one, ct) == 0)
            {
                throw new ProbeFailedException("The mail server closed the connection.");
            }
            if (one[0] == '\n')
            {
                return line.ToString().TrimEnd('\r');
            }
            line.Append((char)one[0]);
        }
        throw new ProbeFailedException("The mail server sent a line longer than SMTP allows.");
    }
}

using System.CommandLine;
using Watchkeeper.Cli.Hosting;
using Watchkeeper.Cli.Output;
using Watchkeeper.Contracts;

namespace Watchkeeper.Cli.Commands;

/// <summary>Your browser sessions: where you are signed in, and signing a lost laptop out from a shell.</summary>
public static class SessionCommands
{
    private static readonly Table<SessionDto> Table = new(
        ("Id", s => s.Id.ToString()), ("Browser", s => s.UserAgent), ("Address", s => s.IpAddress),
        ("Signed in", s => Format.Time(s.CreatedAt)), ("Last seen", s => Format.Time(s.LastSeenAt)));

    public static Command Create(CliContext context) =>
        new Command("sessions", "Your signed-in browser sessions").With(List(context), End(context));

    private static Command List(CliContext context) =>
        new Command("list", "List your browser sessions, most recently seen first").Runs(context, async (s, ct) =>
            s.Out.List(await s.Client.ListSessionsAsync(ct), Table));

    private static Command End(CliContext context)
    {
        var id = new Argument<Guid?>("id") { Description = "Session id (see 'wk sessions list')", Arity = ArgumentArity.ZeroOrOne };
        var all = new Option<bool>("--all") { Description = "Sign out every browser session" };
        return new Command("end", "Sign a browser session out, or all of them with --all").With(id, all).Runs(context, async (s, ct) =>
        {
            if (s.Value(id) is { } session)
            {
                await s.Client.EndSessionAsync(session, ct);
                s.Out.Done($"Session {session} signed out.");
            }
            else if (s.Value(all))
            {
                // Through a token no browser session is "this one", so the API ends them all.
                await s.Client.EndOtherSessionsAsync(ct);
                s.Out.Done("Every browser session signed out.");
            }
            else
            {
                throw new CliException("Name a session id, or pass --all.", ExitCodes.Usage);
            }
        });
    }
}

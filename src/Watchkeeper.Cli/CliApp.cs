using System.CommandLine;
using Watchkeeper.Cli.Commands;
using Watchkeeper.Cli.Commands.Inventory;
using Watchkeeper.Cli.Commands.Monitoring;
using Watchkeeper.Cli.Hosting;

namespace Watchkeeper.Cli;

/// <summary>The whole <c>wk</c> program, runnable in-process: Program.cs and the tests both call <see cref="RunAsync"/>.</summary>
public static class CliApp
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        var global = new GlobalOptions();
        var context = new CliContext(output, error, environment, global);
        var root = BuildRoot(context);
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }
            error.WriteLine($"Run '{CommandPath(parse)} --help' for usage.");
            return ExitCodes.Usage;
        }
        try
        {
            return await parse.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return ErrorReporter.Report(e, error, parse.GetValue(global.Json));
        }
    }

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("wk — the Watchkeeper command line. Log in with 'wk login <server-url>'.");
        context.Global.AddTo(root);
        root.Add(LoginCommands.Login(context));
        root.Add(LoginCommands.Logout(context));
        root.Add(LoginCommands.WhoAmI(context));
        root.Add(OrganizationCommands.Create(context));
        root.Add(UserCommands.Create(context));
        root.Add(InvitationCommands.Create(context));
        root.Add(TeamCommands.Create(context));
        root.Add(RoleCommands.Create(context));
        root.Add(TokenCommands.Create(context));
        root.Add(SessionCommands.Create(context));
        root.Add(InventoryCommands.Create(context));
        root.Add(CheckCommands.Create(context));
        root.Add(MaintenanceCommands.Create(context));
        root.Add(SearchCommand.Create(context));
        root.Add(AuditCommands.Create(context));
        root.Add(EventCommands.Create(context));
        root.Add(ApiCommand.Create(context));
        root.Add(ViewCommands.Create(context));
        return root;
    }

    private static string CommandPath(ParseResult parse)
    {
        var names = new List<string>();
        for (var result = parse.CommandResult; result is not null; result = result.Parent as System.CommandLine.Parsing.CommandResult)
        {
            names.Add(result.Command is RootCommand ? "wk" : result.Command.Name);
        }
        names.Reverse();
        return string.Join(' ', names);
    }
}

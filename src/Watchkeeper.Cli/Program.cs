using Watchkeeper.Cli;
using Watchkeeper.Cli.Hosting;

return await CliApp.RunAsync(args, Console.Out, Console.Error, CliEnvironment.FromProcess());

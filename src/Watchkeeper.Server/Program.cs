using Watchkeeper.Server.Hosting;

return await ServerCommands.RunAsync(args);

/// <summary>Entry point; public so integration tests can host the server in-process.</summary>
public partial class Program;

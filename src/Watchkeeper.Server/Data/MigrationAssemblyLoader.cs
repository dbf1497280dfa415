using System.Reflection;
using System.Runtime.Loader;

namespace Watchkeeper.Server.Data;

/// <summary>
/// The per-provider migration assemblies reference the server, so the server cannot
/// reference them; they are built into its folder and loaded from there by name.
/// </summary>
internal static class MigrationAssemblyLoader
{
    private static int registered;

    public static void Register()
    {
        if (Interlocked.Exchange(ref registered, 1) == 1)
        {
            return;
        }
        AssemblyLoadContext.Default.Resolving += (context, name) =>
        {
            if (name.Name is not (DataModule.SqliteMigrations or DataModule.PostgresMigrations))
            {
                return null;
            }
            var path = Path.Combine(AppContext.BaseDirectory, name.Name + ".dll");
            return File.Exists(path) ? context.LoadFromAssemblyPath(path) : null;
        };
    }

    public static Assembly? TryLoad(string name)
    {
        Register();
        try
        {
            return Assembly.Load(new AssemblyName(name));
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }
}

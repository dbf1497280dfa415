namespace Watchkeeper.Server.Data;

/// <summary>Settings read from appsettings, WATCHKEEPER_* environment variables and the command line.</summary>
public sealed class ServerOptions
{
    public string DataDirectory { get; set; } = "data";
    public DatabaseOptions Database { get; set; } = new();
    public string? PublicUrl { get; set; }
    public MetricsOptions Metrics { get; set; } = new();
    public SecurityOptions Security { get; set; } = new();

    public string FullDataDirectory => Path.GetFullPath(DataDirectory);
}

public sealed class DatabaseOptions
{
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;
    public string? ConnectionString { get; set; }
}

public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}

public sealed class MetricsOptions
{
    /// <summary>Bearer token Prometheus must send to scrape /metrics; /metrics answers 404 while unset.</summary>
    public string? Token { get; set; }
}

public sealed class SecurityOptions
{
    // OWASP's figure for PBKDF2-HMAC-SHA256; Identity uses HMAC-SHA512, for which this is well above OWASP's 210,000.
    public int PasswordIterations { get; set; } = 600_000;
    public int MaxFailedLogins { get; set; } = 5;
    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Passphrase that encrypts the Data Protection key ring; keep it outside the data directory.</summary>
    public string? MasterKey { get; set; }
}

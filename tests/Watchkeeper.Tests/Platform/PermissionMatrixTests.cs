using System.Net;
using System.Text.Json.Nodes;
using Watchkeeper.Server.Platform.Authorization;
using Watchkeeper.Server.Platform.Roles;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

/// <summary>
/// Walks every operation of the OpenAPI document as an anonymous caller and as a user of every
/// built-in role. Each operation names its rule (x-watchkeeper-permission), so new modules are
/// covered by being in the document. Ids in paths point at nothing and bodies are empty, so the
/// walk changes nothing; what matters is whether the caller got past authorization.
/// </summary>
public abstract class PermissionMatrixTests(WatchkeeperFactory factory)
{
    private sealed record Operation(HttpMethod Method, string Path, string Rule);

    [Fact]
    public async Task Every_operation_answers_401_403_or_passes_as_the_roles_say()
    {
        var operations = await OperationsAsync();
        Assert.True(operations.Count > 30, $"only {operations.Count} operations documented");
        var failures = new List<string>();

        var anonymous = factory.CreateClient();
        foreach (var op in operations.Where(o => o.Rule != "anonymous"))
        {
            var status = await CallAsync(anonymous, op);
            if (status != HttpStatusCode.Unauthorized)
            {
                failures.Add($"anonymous {op.Method} {op.Path}: {(int)status}, expected 401");
            }
        }

        foreach (var (role, _, permissions) in BuiltInRoles.All)
        {
            var user = await factory.UserWithRoleAsync(role);
            foreach (var op in operations.Where(o => o.Rule != "anonymous"))
            {
                var allowed = op.Rule switch
                {
                    "authenticated" => true,
                    InstanceAdministration.Permission => false,
                    _ => Permissions.Grants(permissions.ToHashSet(StringComparer.Ordinal), op.Rule),
                };
                var status = await CallAsync(user.Client, op);
                var denied = status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden;
                if (allowed == denied)
                {
                    failures.Add($"{role} {op.Method} {op.Path} ({op.Rule}): {(int)status}, expected {(allowed ? "to pass" : "403")}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }

    private async Task<List<Operation>> OperationsAsync()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/api/openapi/v1.json"))!;
        return document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(op => new Operation(
                new HttpMethod(op.Key.ToUpperInvariant()),
                NoSuchIds(path.Key, op.Value!),
                op.Value!["x-watchkeeper-permission"]?.GetValue<string>() ?? "undocumented")))
            .ToList();
    }

    /// <summary>Fills each path parameter with an id of its type that matches no row, so the route still matches.</summary>
    private static string NoSuchIds(string path, JsonNode operation)
    {
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            if (parameter!["in"]?.GetValue<string>() == "path")
            {
                var value = parameter["schema"]?["format"]?.GetValue<string>() == "uuid" ? "6d2f3c1e-0000-4000-8000-000000987654" : "987654";
                path = path.Replace($"{{{parameter["name"]!.GetValue<string>()}}}", value, StringComparison.Ordinal);
            }
        }
        return path;
    }

    private static async Task<HttpStatusCode> CallAsync(HttpClient client, Operation op)
    {
        var body = op.Method == HttpMethod.Get || op.Method == HttpMethod.Delete ? null : "{}";
        using var response = await client.SendJsonAsync(op.Method, op.Path, body);
        Assert.True((int)response.StatusCode < 500, $"{op.Method} {op.Path} answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return response.StatusCode;
    }
}

public sealed class PermissionMatrixTestsOnSqlite(SqliteFactory f) : PermissionMatrixTests(f), IClassFixture<SqliteFactory>;

public sealed class PermissionMatrixTestsOnPostgres(PostgresFactory f) : PermissionMatrixTests(f), IClassFixture<PostgresFactory>;

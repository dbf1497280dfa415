using System.Net;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

/// <summary>Bad input gets a clear 4xx problem naming the field — never a 500.</summary>
public abstract class ProblemDetailsTests(WatchkeeperFactory factory)
{
    public static TheoryData<string, string, string> BadBodies => new()
    {
        { "malformed JSON", """{"name": "x", """, "$" },
        { "wrong type", """{"name": 42}""", "name" },
        { "missing field", """{"description": "no name"}""", "name" },
        { "too long", $$"""{"name": "{{new string('x', 101)}}"}""", "name" },
        { "unknown member", """{"name": "x", "memberIds": ["seven"]}""", "memberIds[0]" },
        { "not an object", "[1,2,3]", "$" },
    };

    [Theory]
    [MemberData(nameof(BadBodies))]
    public async Task A_bad_team_body_gets_a_field_error(string what, string body, string field)
    {
        var admin = await factory.AdminAsync();

        var response = await admin.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/teams", body);

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Errors?.ContainsKey(field) == true, $"{what}: expected an error for '{field}', got {string.Join(", ", problem.Errors?.Keys.ToArray() ?? [])}");
    }

    [Fact]
    public async Task An_unknown_enum_value_lists_the_allowed_ones()
    {
        var admin = await factory.AdminAsync();

        var response = await admin.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/tokens", """{"name": "x", "kind": "Superuser"}""");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Contains("Personal", problem.Errors!["kind"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_body_gets_413()
    {
        var admin = await factory.AdminAsync();
        var huge = $$"""{"name": "x", "description": "{{new string('x', 2 * 1024 * 1024)}}"}""";

        var response = await admin.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/teams", huge);

        await response.ProblemAsync(HttpStatusCode.RequestEntityTooLarge);
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=100000", "limit")]
    [InlineData("sort=password", "sort")]
    [InlineData("cursor=not-a-cursor", "cursor")]
    [InlineData("limit=ten", "limit")]
    public async Task Bad_list_parameters_get_field_errors(string query, string field)
    {
        var admin = await factory.AdminAsync();

        var response = await admin.Client.GetAsync($"/api/v1/users?{query}");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Errors?.ContainsKey(field) == true, $"expected an error for '{field}': {string.Join(", ", problem.Errors?.Keys.ToArray() ?? [])}");
    }

    [Fact]
    public async Task Unknown_objects_and_routes_are_problems_too()
    {
        var admin = await factory.AdminAsync();

        await (await admin.Client.GetAsync("/api/v1/teams/987654")).ProblemAsync(HttpStatusCode.NotFound);
        await (await admin.Client.GetAsync("/api/v1/no-such-thing")).ProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_browser_gets_the_styled_not_found_page_but_the_api_stays_a_problem()
    {
        var admin = await factory.AdminAsync();

        var page = await admin.Client.SendAsync(AsBrowser("/no-such-page"));
        var api = await admin.Client.SendAsync(AsBrowser("/api/v1/no-such-thing"));

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Page not found", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        await api.ProblemAsync(HttpStatusCode.NotFound);
    }

    private static HttpRequestMessage AsBrowser(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.ParseAdd("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        return request;
    }
}

public sealed class ProblemDetailsTestsOnSqlite(SqliteFactory f) : ProblemDetailsTests(f), IClassFixture<SqliteFactory>;

public sealed class ProblemDetailsTestsOnPostgres(PostgresFactory f) : ProblemDetailsTests(f), IClassFixture<PostgresFactory>;

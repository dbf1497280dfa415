using Watchkeeper.Contracts.Client;

namespace Watchkeeper.Cli.Tests.Unit;

public sealed class ApiProblemTests
{
    [Fact]
    public void Validation_problems_keep_their_field_messages()
    {
        var problem = ApiProblem.Parse(400, "Bad Request", """
            {"type":"https://tools.ietf.org/html/rfc9110#section-15.5.1","title":"One or more validation errors occurred.","status":400,
             "errors":{"email":["Not an e-mail address."],"password":["Too short.","Too common."]},"traceId":"abc"}
            """);

        Assert.Equal("One or more validation errors occurred.", problem.Title);
        Assert.Equal(["Too short.", "Too common."], problem.Errors["password"]);
        Assert.Equal("abc", problem.TraceId);
        Assert.Equal("One or more validation errors occurred.", new WatchkeeperApiException(problem).Message);
    }

    [Fact]
    public void A_body_that_is_not_a_problem_still_explains_the_failure()
    {
        var html = ApiProblem.Parse(502, "Bad Gateway", "<html>upstream down</html>");
        var empty = ApiProblem.Parse(404, "Not Found", "");

        Assert.Equal(("Bad Gateway", "<html>upstream down</html>"), (html.Title, html.Detail));
        Assert.Equal(("Not Found", null), (empty.Title, empty.Detail));
        Assert.Empty(empty.Errors);
    }
}

using System.Net;
using Watchkeeper.Contracts;
using Watchkeeper.Tests.Infrastructure;

namespace Watchkeeper.Tests.Platform;

/// <summary>Users, invitations, teams and roles as an administrator and a manager use them.</summary>
public abstract class PeopleTests(WatchkeeperFactory factory)
{
    [Fact]
    public async Task An_invited_colleague_sets_a_password_and_acts_with_the_given_role()
    {
        var admin = await factory.AdminAsync();
        var agent = await RoleAsync(admin.Client, "Support Agent");
        var email = $"colleague.{Guid.NewGuid():N}@example.com";

        var invitation = await admin.Client.PostJsonAsync<InvitationDto>("/api/v1/invitations", new { email, roleId = agent.Id }, HttpStatusCode.Created);
        var token = Uri.UnescapeDataString(invitation.AcceptUrl!.Split("token=")[1]);
        var anonymous = factory.CreateClient();
        var accepted = await anonymous.PostJsonAsync<UserRef>("/api/v1/invitations/accept", new { token, displayName = "Colleague", password = "a long enough password" }, HttpStatusCode.Created);
        var reused = await anonymous.SendJsonAsync(HttpMethod.Post, "/api/v1/invitations/accept", new { token, displayName = "Again", password = "a long enough password" });
        var colleague = await TestUser.LogInAsync(factory, accepted.Id, email, "a long enough password");

        Assert.Equal("Support Agent", (await colleague.Client.GetJsonAsync<WhoAmIDto>("/api/v1/me")).Role!.Name);
        Assert.Contains("token", (await reused.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        var pending = await admin.Client.GetJsonAsync<Page<InvitationDto>>("/api/v1/invitations?pending=true");
        Assert.DoesNotContain(pending.Items, i => i.Id == invitation.Id);
    }

    [Fact]
    public async Task Nobody_hands_out_a_role_with_more_than_they_hold()
    {
        var admin = await factory.AdminAsync();
        var administrator = await RoleAsync(admin.Client, "Administrator");
        var teamsManager = await admin.Client.PostJsonAsync<RoleDto>("/api/v1/roles",
            new { name = $"User managers {Guid.NewGuid():N}", permissions = new[] { "platform.users.read", "platform.users.manage", "platform.roles.read" } }, HttpStatusCode.Created);
        var manager = await factory.UserWithRoleAsync(teamsManager.Name);

        var response = await manager.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/users",
            new { email = $"x{Guid.NewGuid():N}@example.com", displayName = "X", password = "a long enough password", roleId = administrator.Id });

        Assert.Contains("roleId", (await response.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
    }

    [Fact]
    public async Task Users_are_listed_searched_and_paged_by_cursor()
    {
        var admin = await factory.AdminAsync();
        var marker = Guid.NewGuid().ToString("N")[..8];
        var viewer = await RoleAsync(admin.Client, "Viewer");
        for (var i = 0; i < 5; i++)
        {
            await admin.Client.PostJsonAsync<UserDto>("/api/v1/users",
                new { email = $"page{i}.{marker}@example.com", displayName = $"Pager {marker} {i}", password = "a long enough password", roleId = viewer.Id }, HttpStatusCode.Created);
        }

        var seen = new List<string>();
        string? cursor = null;
        do
        {
            var page = await admin.Client.GetJsonAsync<Page<UserDto>>($"/api/v1/users?q={marker}&limit=2&sort=-email{(cursor is null ? "" : $"&cursor={cursor}")}");
            seen.AddRange(page.Items.Select(u => u.Email));
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Range(0, 5).Reverse().Select(i => $"page{i}.{marker}@example.com"), seen);
    }

    [Fact]
    public async Task Teams_have_members_and_a_lead_from_the_organization()
    {
        var admin = await factory.AdminAsync();
        var operatorUser = await factory.UserWithRoleAsync("IT Operator");

        var team = await admin.Client.PostJsonAsync<TeamDto>("/api/v1/teams",
            new { name = $"Network {Guid.NewGuid():N}", leadUserId = operatorUser.Id, memberIds = new[] { admin.Id } }, HttpStatusCode.Created);
        var stranger = await admin.Client.SendJsonAsync(HttpMethod.Patch, $"/api/v1/teams/{team.Id}", new { memberIds = new[] { 987654L } });
        var duplicate = await admin.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/teams", new { name = team.Name });

        Assert.Equal(operatorUser.Id, team.Lead!.Id);
        Assert.Equal(2, team.Members.Count);
        Assert.Contains("memberIds", (await stranger.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
        Assert.Contains("name", (await duplicate.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
    }

    [Fact]
    public async Task Built_in_roles_are_fixed_and_a_role_in_use_cannot_be_deleted()
    {
        var admin = await factory.AdminAsync();
        var viewer = await RoleAsync(admin.Client, "Viewer");
        var custom = await admin.Client.PostJsonAsync<RoleDto>("/api/v1/roles", new { name = $"Auditors {Guid.NewGuid():N}", permissions = new[] { "platform.audit.read" } }, HttpStatusCode.Created);
        await factory.UserWithRoleAsync(custom.Name);

        var changeBuiltIn = await admin.Client.SendJsonAsync(HttpMethod.Put, $"/api/v1/roles/{viewer.Id}", new { name = "Viewer", permissions = new[] { "platform.audit.read" } });
        var deleteUsed = await admin.Client.DeleteAsync($"/api/v1/roles/{custom.Id}");
        var unknownPermission = await admin.Client.SendJsonAsync(HttpMethod.Post, "/api/v1/roles", new { name = "Bad", permissions = new[] { "everything.all" } });

        await changeBuiltIn.ProblemAsync(HttpStatusCode.Conflict);
        await deleteUsed.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("permissions", (await unknownPermission.ProblemAsync(HttpStatusCode.BadRequest)).Errors!.Keys);
    }

    private static async Task<RoleDto> RoleAsync(HttpClient client, string name) =>
        (await client.GetJsonAsync<Page<RoleDto>>("/api/v1/roles")).Items.Single(r => r.Name == name);
}

public sealed class PeopleTestsOnSqlite(SqliteFactory f) : PeopleTests(f), IClassFixture<SqliteFactory>;

public sealed class PeopleTestsOnPostgres(PostgresFactory f) : PeopleTests(f), IClassFixture<PostgresFactory>;

using System.Net.Http.Headers;
using Watchkeeper.Contracts;

namespace Watchkeeper.Tests.Infrastructure;

/// <summary>A signed-in user: their id, credentials, a personal token and an HTTP client that sends it.</summary>
public sealed record TestUser(long Id, string Email, string Password, string Token, HttpClient Client)
{
    public static async Task<TestUser> LogInAsync(WatchkeeperFactory factory, long id, string email, string password, string? organization = null)
    {
        var anonymous = factory.CreateClient();
        var created = await anonymous.PostJsonAsync<CreatedTokenDto>("/api/v1/auth/token", new { email, password, organization });
        return new TestUser(id, email, password, created.Secret, factory.ClientWithToken(created.Secret));
    }
}

public static class FactoryClients
{
    public static HttpClient ClientWithToken(this WatchkeeperFactory factory, string token, string? organization = null)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (organization is not null)
        {
            client.DefaultRequestHeaders.Add("X-Watchkeeper-Organization", organization);
        }
        return client;
    }

    /// <summary>Creates a user with a built-in or custom role in the admin's current organization and signs them in.</summary>
    public static async Task<TestUser> UserWithRoleAsync(this WatchkeeperFactory factory, string roleName, HttpClient? by = null)
    {
        by ??= (await factory.AdminAsync()).Client;
        var roles = await by.GetJsonAsync<Page<RoleDto>>("/api/v1/roles");
        var role = roles.Items.Single(r => r.Name == roleName);
        var email = $"{roleName.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}@example.com";
        const string password = "a long enough password";
        var user = await by.PostJsonAsync<UserDto>("/api/v1/users", new { email, displayName = roleName + " user", password, roleId = role.Id });
        return await TestUser.LogInAsync(factory, user.Id, email, password);
    }
}

using System.Text.Json;

namespace Watchkeeper.Server.Api;

public static class FieldNames
{
    /// <summary>
    /// Validation names fields as C# does (<c>Password</c>, <c>Members[0].Id</c>); clients sent
    /// JSON, so errors name the JSON fields (<c>password</c>, <c>members[0].id</c>).
    /// </summary>
    public static void ToJsonNames(IDictionary<string, string[]> errors)
    {
        foreach (var key in errors.Keys.ToList())
        {
            var renamed = string.Join('.', key.Split('.').Select(JsonNamingPolicy.CamelCase.ConvertName));
            if (renamed != key)
            {
                errors[renamed] = errors.TryGetValue(renamed, out var existing) ? [.. existing, .. errors[key]] : errors[key];
                errors.Remove(key);
            }
        }
    }
}

using Microsoft.AspNetCore.Identity;

namespace Watchkeeper.Server.Platform.Identity;

public static class IdentityErrors
{
    /// <summary>Identity's errors as field errors: password rules under "password", the rest under "email".</summary>
    public static Dictionary<string, string[]> ToFields(IdentityResult result) =>
        result.Errors
            .GroupBy(e => e.Code.StartsWith("Password", StringComparison.Ordinal) ? "password" : "email")
            .ToDictionary(g => g.Key, g => g.Select(e => e.Description).ToArray());
}

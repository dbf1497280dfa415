using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Watchkeeper.Server.Api;

/// <summary>The opaque <c>cursor</c> of a keyset page: the sort and the last row's key and id, as URL-safe base64 JSON.</summary>
internal sealed record KeysetCursor(string Sort, bool Descending, string? Value, long Id)
{
    public string Encode()
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(this);
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    public static KeysetCursor? Decode(string cursor)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - (base64.Length % 4)) % 4);
            return JsonSerializer.Deserialize<KeysetCursor>(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    public static string? Format(object? key) => key switch
    {
        null => null,
        DateTimeOffset d => d.UtcTicks.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => key.ToString(),
    };

    public static bool TryParse(string? value, Type type, out object? parsed)
    {
        parsed = null;
        if (value is null)
        {
            return type == typeof(string);
        }
        if (type == typeof(string))
        {
            parsed = value;
            return true;
        }
        if (type == typeof(long) && long.TryParse(value, CultureInfo.InvariantCulture, out var l))
        {
            parsed = l;
            return true;
        }
        if (type == typeof(int) && int.TryParse(value, CultureInfo.InvariantCulture, out var i))
        {
            parsed = i;
            return true;
        }
        if (type == typeof(DateOnly) && DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var date))
        {
            parsed = date;
            return true;
        }
        if (type == typeof(DateTimeOffset) && long.TryParse(value, CultureInfo.InvariantCulture, out var ticks))
        {
            parsed = new DateTimeOffset(ticks, TimeSpan.Zero);
            return true;
        }
        return false;
    }
}

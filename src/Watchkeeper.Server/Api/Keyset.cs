using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Watchkeeper.Contracts;

namespace Watchkeeper.Server.Api;

/// <summary>
/// The one list convention: <c>?limit=&amp;cursor=&amp;sort=</c> with keyset pagination over
/// (sort field, id), so pages stay stable while rows are added and deep pages stay fast.
/// </summary>
public sealed class Keyset<T>(Expression<Func<T, long>> id, string defaultSort)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    private readonly Dictionary<string, (LambdaExpression Key, Type Type)> fields = new(StringComparer.OrdinalIgnoreCase)
    {
        ["id"] = (id, typeof(long)),
    };

    public Keyset<T> Sortable<TKey>(string name, Expression<Func<T, TKey>> key)
    {
        fields[name] = (key, typeof(TKey));
        return this;
    }

    /// <summary>Field-level errors for a bad limit, sort or cursor; empty when the query is usable.</summary>
    public Dictionary<string, string[]> Validate(ListQuery query)
    {
        var errors = new Dictionary<string, string[]>();
        if (query.Limit is < 1 or > MaxLimit)
        {
            errors["limit"] = [$"Use a limit between 1 and {MaxLimit}."];
        }
        var (name, _) = ParseSort(query.Sort);
        if (!fields.ContainsKey(name))
        {
            errors["sort"] = [$"Sort by one of: {string.Join(", ", fields.Keys.Order(StringComparer.Ordinal))} (prefix '-' for descending)."];
        }
        else if (query.Cursor is not null && !CursorFits(query))
        {
            errors["cursor"] = ["The cursor is not valid for this list and sort; start again without one."];
        }
        return errors;
    }

    public async Task<Page<TOut>> PageAsync<TOut>(IQueryable<T> source, ListQuery query, Expression<Func<T, TOut>> project, CancellationToken cancellationToken)
    {
        var (name, descending) = ParseSort(query.Sort);
        var (key, keyType) = fields[name];
        var limit = query.Limit ?? DefaultLimit;
        var filtered = source;
        if (query.Cursor is not null && Decode(query.Cursor) is { } cursor)
        {
            filtered = filtered.Where(After(key, keyType, Parse(cursor.Value, keyType), cursor.Id, descending));
        }
        var ordered = Order(filtered, key, keyType, descending);
        var rows = await ordered.Take(limit + 1).Select(Pair(key, project)).ToListAsync(cancellationToken);
        var more = rows.Count > limit;
        var items = rows.Take(limit).ToList();
        var next = more ? Encode(name, descending, items[^1].Key, items[^1].Id) : null;
        return new Page<TOut>(items.Select(r => r.Item).ToList(), next);
    }

    private (string Name, bool Descending) ParseSort(string? sort)
    {
        var value = string.IsNullOrWhiteSpace(sort) ? defaultSort : sort.Trim();
        return value.StartsWith('-') ? (value[1..], true) : (value, false);
    }

    private bool CursorFits(ListQuery query)
    {
        var cursor = Decode(query.Cursor!);
        var (name, descending) = ParseSort(query.Sort);
        return cursor is not null && string.Equals(cursor.Sort, name, StringComparison.OrdinalIgnoreCase) && cursor.Descending == descending
            && TryParse(cursor.Value, fields[name].Type, out _);
    }

    private sealed record Row<TOut>(object? Key, long Id, TOut Item);

    private sealed record Cursor(string Sort, bool Descending, string? Value, long Id);

    private Expression<Func<T, Row<TOut>>> Pair<TOut>(LambdaExpression key, Expression<Func<T, TOut>> project)
    {
        var row = project.Parameters[0];
        var body = Expression.New(typeof(Row<TOut>).GetConstructors()[0],
            Expression.Convert(Rebind(key, row), typeof(object)), Rebind(id, row), project.Body);
        return Expression.Lambda<Func<T, Row<TOut>>>(body, row);
    }

    private IQueryable<T> Order(IQueryable<T> source, LambdaExpression key, Type keyType, bool descending)
    {
        var first = Call(descending ? "OrderByDescending" : "OrderBy", source.Expression, key, keyType);
        var then = Call(descending ? "ThenByDescending" : "ThenBy", first, id, typeof(long));
        return source.Provider.CreateQuery<T>(then);
    }

    private static MethodCallExpression Call(string method, Expression source, LambdaExpression key, Type keyType) =>
        Expression.Call(typeof(Queryable), method, [typeof(T), keyType], source, Expression.Quote(key));

    private Expression<Func<T, bool>> After(LambdaExpression key, Type keyType, object? value, long lastId, bool descending)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var keyBody = Rebind(key, row);
        var idBody = Rebind(id, row);
        var constant = Expression.Constant(value, keyType);
        Expression beyond, equal;
        if (keyType == typeof(string))
        {
            var compare = Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, keyBody, constant);
            beyond = descending ? Expression.LessThan(compare, Expression.Constant(0)) : Expression.GreaterThan(compare, Expression.Constant(0));
        }
        else
        {
            beyond = descending ? Expression.LessThan(keyBody, constant) : Expression.GreaterThan(keyBody, constant);
        }
        equal = Expression.Equal(keyBody, constant);
        var idBeyond = descending ? Expression.LessThan(idBody, Expression.Constant(lastId)) : Expression.GreaterThan(idBody, Expression.Constant(lastId));
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(beyond, Expression.AndAlso(equal, idBeyond)), row);
    }

    private static Expression Rebind(LambdaExpression lambda, ParameterExpression parameter) =>
        new Rebinder(lambda.Parameters[0], parameter).Visit(lambda.Body);

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    private static string Encode(string sort, bool descending, object? key, long lastId)
    {
        var value = key switch
        {
            null => null,
            DateTimeOffset d => d.UtcTicks.ToString(CultureInfo.InvariantCulture),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => key.ToString(),
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(new Cursor(sort, descending, value, lastId));
        return Convert.ToBase64String(json).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static Cursor? Decode(string cursor)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 += new string('=', (4 - (base64.Length % 4)) % 4);
            return JsonSerializer.Deserialize<Cursor>(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
        }
        catch (Exception ex) when (ex is FormatException or JsonException)
        {
            return null;
        }
    }

    private static object? Parse(string? value, Type type) => TryParse(value, type, out var parsed) ? parsed : null;

    private static bool TryParse(string? value, Type type, out object? parsed)
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
        if (type == typeof(DateTimeOffset) && long.TryParse(value, CultureInfo.InvariantCulture, out var ticks))
        {
            parsed = new DateTimeOffset(ticks, TimeSpan.Zero);
            return true;
        }
        return false;
    }
}

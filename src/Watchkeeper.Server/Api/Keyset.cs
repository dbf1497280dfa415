using System.Linq.Expressions;
using System.Runtime.CompilerServices;
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

    public Task<Page<TOut>> PageAsync<TOut>(IQueryable<T> source, ListQuery query, Expression<Func<T, TOut>> project, CancellationToken cancellationToken) =>
        PageAsync([source], query, project, cancellationToken);

    /// <summary>
    /// One page of the union of disjoint sources. Each is paged on its own and the pages are merged
    /// in memory, so every source can walk its own index in key order where one query with an
    /// <c>OR</c> or a <c>UNION</c> would make the database read and sort everything. String keys
    /// merge in ordinal order.
    /// </summary>
    public async Task<Page<TOut>> PageAsync<TOut>(IReadOnlyList<IQueryable<T>> sources, ListQuery query, Expression<Func<T, TOut>> project, CancellationToken cancellationToken)
    {
        var (name, descending) = ParseSort(query.Sort);
        var (key, keyType) = fields[name];
        var limit = query.Limit ?? DefaultLimit;
        var after = query.Cursor is not null && KeysetCursor.Decode(query.Cursor) is { } cursor
            ? After(key, keyType, Parse(cursor.Value, keyType), cursor.Id, descending)
            : null;
        var rows = new List<Row<TOut>>();
        // One after the other: a DbContext runs one query at a time.
        foreach (var source in sources)
        {
            var filtered = after is null ? source : source.Where(after);
            rows.AddRange(await Order(filtered, key, keyType, descending).Take(limit + 1).Select(Pair(key, project)).ToListAsync(cancellationToken));
        }
        if (sources.Count > 1)
        {
            rows.Sort(new RowOrder<TOut>(descending));
        }
        var more = rows.Count > limit;
        var items = rows.Take(limit).ToList();
        var next = more ? new KeysetCursor(name, descending, KeysetCursor.Format(items[^1].Key), items[^1].Id).Encode() : null;
        return new Page<TOut>(items.Select(r => r.Item).ToList(), next);
    }

    private (string Name, bool Descending) ParseSort(string? sort)
    {
        var value = string.IsNullOrWhiteSpace(sort) ? defaultSort : sort.Trim();
        return value.StartsWith('-') ? (value[1..], true) : (value, false);
    }

    private bool CursorFits(ListQuery query)
    {
        var cursor = KeysetCursor.Decode(query.Cursor!);
        var (name, descending) = ParseSort(query.Sort);
        return cursor is not null && string.Equals(cursor.Sort, name, StringComparison.OrdinalIgnoreCase) && cursor.Descending == descending
            && KeysetCursor.TryParse(cursor.Value, fields[name].Type, out _);
    }

    private sealed record Row<TOut>(object? Key, long Id, TOut Item);

    private sealed class RowOrder<TOut>(bool descending) : IComparer<Row<TOut>>
    {
        public int Compare(Row<TOut>? x, Row<TOut>? y)
        {
            var order = x!.Key is string a && y!.Key is string b ? string.CompareOrdinal(a, b) : Comparer<object>.Default.Compare(x.Key, y!.Key);
            order = order != 0 ? order : x.Id.CompareTo(y.Id);
            return descending ? -order : order;
        }
    }

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
        var ordered = key == id ? first : Call(descending ? "ThenByDescending" : "ThenBy", first, id, typeof(long));
        return source.Provider.CreateQuery<T>(ordered);
    }

    private static MethodCallExpression Call(string method, Expression source, LambdaExpression key, Type keyType) =>
        Expression.Call(typeof(Queryable), method, [typeof(T), keyType], source, Expression.Quote(key));

    private Expression<Func<T, bool>> After(LambdaExpression key, Type keyType, object? value, long lastId, bool descending)
    {
        var row = Expression.Parameter(typeof(T), "row");
        var keyBody = Rebind(key, row);
        var idBody = Rebind(id, row);
        var idValue = Parameter(lastId, typeof(long));
        var idBeyond = descending ? Expression.LessThan(idBody, idValue) : Expression.GreaterThan(idBody, idValue);
        if (key == id)
        {
            return Expression.Lambda<Func<T, bool>>(idBeyond, row);
        }
        var keyValue = Parameter(value, keyType);
        var (left, right) = keyType == typeof(string)
            ? (Expression.Call(typeof(string).GetMethod(nameof(string.Compare), [typeof(string), typeof(string)])!, keyBody, keyValue), (Expression)Expression.Constant(0))
            : ((Expression)keyBody, (Expression)keyValue);
        var beyond = descending ? Expression.LessThan(left, right) : Expression.GreaterThan(left, right);
        var equal = Expression.Equal(keyBody, keyValue);
        Expression after = Expression.OrElse(beyond, Expression.AndAlso(equal, idBeyond));
        if (value is not null)
        {
            // Implied by the condition, but a plain range the database can start an index scan at; the OR alone has it
            // read the index from the first row and skip up to the cursor, slower with every page. (A null key has no range.)
            var from = descending ? Expression.LessThanOrEqual(left, right) : Expression.GreaterThanOrEqual(left, right);
            after = Expression.AndAlso(from, after);
        }
        return Expression.Lambda<Func<T, bool>>(after, row);
    }

    // A value read from a captured object, as a closure would be, becomes a SQL parameter; a constant
    // would be inlined into the SQL and make every cursor a new query for EF Core to compile and cache.
    private static MemberExpression Parameter(object? value, Type type)
    {
        var box = Activator.CreateInstance(typeof(StrongBox<>).MakeGenericType(type), value)!;
        return Expression.Field(Expression.Constant(box), nameof(StrongBox<object>.Value));
    }

    private static Expression Rebind(LambdaExpression lambda, ParameterExpression parameter) =>
        new Rebinder(lambda.Parameters[0], parameter).Visit(lambda.Body);

    private sealed class Rebinder(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : node;
    }

    private static object? Parse(string? value, Type type) => KeysetCursor.TryParse(value, type, out var parsed) ? parsed : null;
}

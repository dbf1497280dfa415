namespace Watchkeeper.Server.Components.Session;

/// <summary>
/// A list page whose filters live in the address, so that a saved view is that address and a link
/// shows what its sender saw. The form is a copy the person edits; only a new address replaces it.
/// Blazor sets a page's parameters again whenever its parent renders, and taking the form from the
/// address then would throw away what the person is typing.
/// </summary>
public abstract class FilteredListPage<TFilter> : SecuredPage where TFilter : class
{
    /// <summary>The filter form as the person edits it, until they apply it.</summary>
    protected TFilter Filter { get; private set; } = null!;

    /// <summary>The filter of the address: what the list shows.</summary>
    protected TFilter Loaded { get; private set; } = null!;

    /// <summary>A new filter read from the page's query parameters.</summary>
    protected abstract TFilter FromQuery();

    protected override void OnInitialized() => (Loaded, Filter) = (FromQuery(), FromQuery());

    protected override async Task OnParametersSetAsync()
    {
        var asked = FromQuery();
        // An address that changes while the first load still runs is not taken: two loads would race over the rows.
        if (asked.Equals(Loaded) || State == PageState.Loading)
        {
            return;
        }
        (Loaded, Filter) = (asked, FromQuery());
        await ReloadAsync();
    }
}

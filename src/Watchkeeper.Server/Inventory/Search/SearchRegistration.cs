namespace Watchkeeper.Server.Inventory.Search;

public static class SearchRegistration
{
    /// <summary>The search and the sources the inventory has today; other modules add theirs with <see cref="AddSearchSource{TSource}"/>.</summary>
    public static IServiceCollection AddInventorySearch(this IServiceCollection services)
    {
        services.AddSingleton<InventorySearch>();
        return services.AddSearchSource<NameSource>().AddSearchSource<HostnameSource>().AddSearchSource<FqdnSource>()
            .AddSearchSource<SerialSource>().AddSearchSource<AssetTagSource>().AddSearchSource<PrimaryIpSource>()
            .AddSearchSource<IpAddressSource>().AddSearchSource<DnsNameSource>().AddSearchSource<TagSource>()
            .AddSearchSource<MacAddressSource>();
    }

    public static IServiceCollection AddSearchSource<TSource>(this IServiceCollection services)
        where TSource : SearchSource, new() => services.AddSingleton<SearchSource>(new TSource());
}

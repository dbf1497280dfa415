using Prometheus;

namespace Watchkeeper.Server.Hosting;

/// <summary>A module's own series on <c>/metrics</c>, created in the server's registry when it starts.</summary>
public interface IServerMetrics
{
    void Register(MetricFactory factory, CollectorRegistry registry);
}

using Watchkeeper.Testing;

namespace Watchkeeper.Tests.Inventory.Snmp;

/// <summary>
/// One snmpd for all agent tests: system group values in its configuration and two LLDP
/// neighbours served with `override` (snmpd has no LLDP module, so the rows are configured).
/// </summary>
public sealed class LldpTestAgent : IAsyncLifetime
{
    public const string Community = "wk-test-ro";

    private const string RemEntry = ".1.0.8802.1.1.2.1.4.1.1";
    private const string LocPortEntry = ".1.0.8802.1.1.2.1.3.7.1";

    public SnmpAgent Agent { get; private set; } = null!;

    public async Task InitializeAsync() => Agent = await SnmpAgent.StartAsync(
        Community,
        "sysName edge-router-1",
        "sysDescr Watchkeeper test agent",
        "sysLocation Rack 7, Room 2",
        // Port 1: a neighbour with a MAC chassis id (subtype 4) and an interface-name port id (subtype 5).
        $"override {RemEntry}.4.0.1.1 integer 4",
        $"override {RemEntry}.5.0.1.1 octet_str 0x001122334455",
        $"override {RemEntry}.6.0.1.1 integer 5",
        $"override {RemEntry}.7.0.1.1 octet_str \"ge-0/0/1\"",
        $"override {RemEntry}.8.0.1.1 octet_str \"uplink to edge\"",
        $"override {RemEntry}.9.0.1.1 octet_str \"core-sw-2\"",
        // Port 2: a locally assigned chassis id (subtype 7) and a MAC port id (subtype 3).
        $"override {RemEntry}.4.0.2.1 integer 7",
        $"override {RemEntry}.5.0.2.1 octet_str \"core-sw-3\"",
        $"override {RemEntry}.6.0.2.1 integer 3",
        $"override {RemEntry}.7.0.2.1 octet_str 0x0a0b0c0d0e0f",
        $"override {RemEntry}.9.0.2.1 octet_str \"core-sw-3\"",
        $"override {LocPortEntry}.3.1 octet_str \"swp1\"",
        $"override {LocPortEntry}.4.1 octet_str \"front port 1\"",
        $"override {LocPortEntry}.3.2 octet_str \"swp2\"",
        $"override {LocPortEntry}.4.2 octet_str \"front port 2\"");

    public async Task DisposeAsync() => await Agent.DisposeAsync();
}

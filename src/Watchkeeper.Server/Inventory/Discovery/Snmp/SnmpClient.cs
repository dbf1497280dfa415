using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Watchkeeper.Server.Inventory.Discovery.Snmp;

/// <summary>
/// SNMP v2c over UDP: one request at a time per call, matched to its response by source
/// endpoint and request id; silence is retried and then reported as <see cref="SnmpTimeoutException"/>.
/// </summary>
public sealed class SnmpClient(TimeProvider timeProvider, SnmpClientOptions options)
{
    /// <summary>The largest UDP payload over IPv4; a datagram can never be bigger, so nothing is cut off.</summary>
    private const int MaxDatagram = 65_507;

    private int nextRequestId = RandomNumberGenerator.GetInt32(1, int.MaxValue / 2);

    public SnmpClientOptions Options { get; } = options;

    public Task<IReadOnlyList<SnmpVarBind>> GetAsync(SnmpTarget target, IEnumerable<ObjectIdentifier> oids, CancellationToken cancellationToken) =>
        SendAsync(target, id => SnmpPdu.Request(SnmpPduType.Get, id, oids), cancellationToken);

    public Task<IReadOnlyList<SnmpVarBind>> GetNextAsync(SnmpTarget target, IEnumerable<ObjectIdentifier> oids, CancellationToken cancellationToken) =>
        SendAsync(target, id => SnmpPdu.Request(SnmpPduType.GetNext, id, oids), cancellationToken);

    public Task<IReadOnlyList<SnmpVarBind>> GetBulkAsync(
        SnmpTarget target, int nonRepeaters, int maxRepetitions, IEnumerable<ObjectIdentifier> oids, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(nonRepeaters);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxRepetitions);
        return SendAsync(target, id => SnmpPdu.Bulk(id, nonRepeaters, maxRepetitions, oids), cancellationToken);
    }

    private async Task<IReadOnlyList<SnmpVarBind>> SendAsync(SnmpTarget target, Func<int, SnmpPdu> request, CancellationToken cancellationToken)
    {
        var requestId = Interlocked.Increment(ref nextRequestId) & int.MaxValue;
        var packet = SnmpMessage.Encode(target.Community, request(requestId));
        using var socket = new Socket(target.Endpoint.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(AnyEndpoint(target.Endpoint));
        var buffer = new byte[MaxDatagram];
        for (var attempt = 0; attempt <= Options.Retries; attempt++)
        {
            using var timeout = new CancellationTokenSource(Options.Timeout, timeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
            try
            {
                await socket.SendToAsync(packet, SocketFlags.None, target.Endpoint, linked.Token);
                var pdu = await ReceiveResponseAsync(socket, buffer, target.Endpoint, requestId, linked.Token);
                return pdu.ErrorStatus == 0 ? pdu.VarBinds : throw new SnmpErrorStatusException((SnmpErrorStatus)pdu.ErrorStatus, pdu.ErrorIndex);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // This attempt timed out; send the same request again.
            }
            catch (SocketException exception)
            {
                throw new SnmpTransportException($"SNMP request to {target.Endpoint} failed: {exception.SocketErrorCode}.", exception);
            }
        }
        throw new SnmpTimeoutException(
            $"No SNMP response from {target.Endpoint} after {Options.Retries + 1} attempts of {Options.Timeout.TotalSeconds:0.###} s: " +
            "the agent is down, filtered, or does not accept the community.");
    }

    /// <summary>Skips datagrams from other senders and stale answers to earlier requests; a malformed answer from the agent itself is an error.</summary>
    private static async Task<SnmpPdu> ReceiveResponseAsync(
        Socket socket, byte[] buffer, IPEndPoint agent, int requestId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var received = await socket.ReceiveFromAsync(buffer, SocketFlags.None, AnyEndpoint(agent), cancellationToken);
            if (!agent.Equals(received.RemoteEndPoint))
            {
                continue;
            }
            var (_, pdu) = SnmpMessage.Decode(buffer.AsSpan(0, received.ReceivedBytes));
            if (pdu.Type == SnmpPduType.Response && pdu.RequestId == requestId)
            {
                return pdu;
            }
        }
    }

    private static IPEndPoint AnyEndpoint(IPEndPoint agent) =>
        new(agent.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0);
}

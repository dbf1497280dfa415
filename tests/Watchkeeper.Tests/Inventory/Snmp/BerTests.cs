using System.Net;
using Watchkeeper.Server.Inventory.Discovery.Snmp;

namespace Watchkeeper.Tests.Inventory.Snmp;

/// <summary>Encoding and decoding of SNMP v2c messages against known byte vectors, round trips and hostile input.</summary>
public sealed class BerTests
{
    private static readonly SnmpCommunity Public = new("public");

    // GetRequest for sysDescr.0 with community "public" and request-id 1, as every SNMP capture shows it.
    private const string GetSysDescr = "302602010104067075626C6963A019020101020100020100300E300C06082B060102010101000500";

    [Fact]
    public void A_get_request_encodes_to_the_well_known_bytes()
    {
        var packet = SnmpMessage.Encode(Public, SnmpPdu.Request(SnmpPduType.Get, 1, [MibOids.SysDescr]));

        Assert.Equal(GetSysDescr, Convert.ToHexString(packet));
    }

    [Theory]
    [InlineData(0, "020100")]
    [InlineData(127, "02017F")]
    [InlineData(128, "02020080")]
    [InlineData(256, "02020100")]
    [InlineData(-128, "020180")]
    [InlineData(-129, "0202FF7F")]
    [InlineData(int.MaxValue, "02047FFFFFFF")]
    [InlineData(int.MinValue, "020480000000")]
    public void Integers_use_the_shortest_twos_complement_form(int value, string hex) =>
        AssertRoundTrip(SnmpValue.Integer32(value), hex);

    [Theory]
    [InlineData(SnmpValueType.Counter32, 0UL, "410100")]
    [InlineData(SnmpValueType.Gauge32, 128UL, "42020080")]
    [InlineData(SnmpValueType.TimeTicks, 4294967295UL, "430500FFFFFFFF")]
    [InlineData(SnmpValueType.Counter64, 18446744073709551615UL, "460900FFFFFFFFFFFFFFFF")]
    public void Unsigned_types_keep_their_top_bit_with_a_leading_zero(SnmpValueType type, ulong value, string hex) =>
        AssertRoundTrip(SnmpValue.Numeric(type, value), hex);

    [Fact]
    public void The_x690_object_identifier_example_encodes_as_in_the_standard() =>
        AssertRoundTrip(SnmpValue.ObjectId(ObjectIdentifier.Parse("1.2.840.113549")), "06062A864886F70D");

    [Fact]
    public void A_joint_iso_itu_t_arc_above_39_and_full_32_bit_arcs_round_trip() =>
        Assert.Equal("2.999.4294967295", RoundTrip(SnmpValue.ObjectId(ObjectIdentifier.Parse("2.999.4294967295"))).AsObjectIdentifier().ToString());

    [Fact]
    public void Other_types_round_trip()
    {
        AssertRoundTrip(SnmpValue.Null, "0500");
        AssertRoundTrip(SnmpValue.IpAddress(IPAddress.Parse("192.0.2.1")), "4004C0000201");
        AssertRoundTrip(SnmpValue.OctetString("lo"u8), "04026C6F");
        AssertRoundTrip(SnmpValue.Opaque([0x9F, 0x78, 0x04, 0x3F, 0x80, 0x00, 0x00]), "44079F78043F800000");
        AssertRoundTrip(SnmpValue.Exception(SnmpValueType.NoSuchObject), "8000");
        AssertRoundTrip(SnmpValue.Exception(SnmpValueType.NoSuchInstance), "8100");
        AssertRoundTrip(SnmpValue.Exception(SnmpValueType.EndOfMibView), "8200");
    }

    [Fact]
    public void Long_values_use_the_long_length_form()
    {
        var value = SnmpValue.OctetString(new byte[300]);

        Assert.Contains("0482012C0000", Convert.ToHexString(Encode(value)), StringComparison.Ordinal);
        Assert.Equal(300, RoundTrip(value).AsBytes().Length);
    }

    [Fact]
    public void A_get_bulk_request_carries_non_repeaters_and_max_repetitions()
    {
        var pdu = SnmpMessage.Decode(SnmpMessage.Encode(Public, SnmpPdu.Bulk(7, 0, 25, [MibOids.IfEntry]))).Pdu;

        Assert.Equal((SnmpPduType.GetBulk, 7, 0, 25), (pdu.Type, pdu.RequestId, pdu.ErrorStatus, pdu.ErrorIndex));
    }

    [Theory]
    [InlineData("", "ended")]
    [InlineData("3080", "indefinite length")]
    [InlineData("3085FFFFFFFFFF", "a length of 5 bytes")]
    [InlineData("3084FFFFFFFF", "only 0 remain")]
    [InlineData("3003020100", "version 0 is not SNMP v2c")]
    [InlineData("30030201010000", "trailing bytes")]
    [InlineData("300D020101040170A7050201010201", "PDU type 0xA7")]
    [InlineData("3F01", "multi-byte tag")]
    [InlineData("300B0209010000000000000000", "an INTEGER of 9 bytes")]
    public void Malformed_messages_fail_with_a_clear_snmp_exception(string hex, string reason)
    {
        var error = Assert.Throws<SnmpMalformedPacketException>(() => SnmpMessage.Decode(Convert.FromHexString(hex)));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("0600", "empty")]
    [InlineData("060188", "ends inside")]
    [InlineData("06072B8FFFFFFFFF7F", "larger than 32 bits")]
    [InlineData("470100", "0x47")]
    [InlineData("4106010000000000", "at most 4 fit")]
    [InlineData("400101", "0x40")]
    [InlineData("050101", "with content")]
    public void Malformed_values_fail_with_a_clear_snmp_exception(string valueHex, string reason)
    {
        var packet = Convert.FromHexString(WrapInResponse("06022B06" + valueHex));
        var error = Assert.Throws<SnmpMalformedPacketException>(() => SnmpMessage.Decode(packet));
        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_truncation_and_bit_flip_of_a_response_fails_only_with_snmp_exceptions()
    {
        var response = SnmpMessage.Encode(Public, new SnmpPdu(SnmpPduType.Response, 42, 0, 0,
        [
            new(MibOids.SysName, SnmpValue.OctetString("edge-router-1"u8)),
            new(MibOids.SysUpTime, SnmpValue.Numeric(SnmpValueType.TimeTicks, 123456)),
            new(MibOids.IfXEntry.Append(6, 1), SnmpValue.Numeric(SnmpValueType.Counter64, ulong.MaxValue)),
        ]));
        for (var length = 0; length < response.Length; length++)
        {
            Assert.Throws<SnmpMalformedPacketException>(() => SnmpMessage.Decode(response.AsSpan(0, length)));
        }
        for (var index = 0; index < response.Length; index++)
        {
            for (var bit = 0; bit < 8; bit++)
            {
                var mutated = (byte[])response.Clone();
                mutated[index] ^= (byte)(1 << bit);
                var exception = Record.Exception(() => SnmpMessage.Decode(mutated));
                Assert.True(exception is null or SnmpException, $"byte {index} bit {bit}: {exception}");
            }
        }
    }

    [Fact]
    public void The_community_never_shows_in_text()
    {
        var community = new SnmpCommunity("s3cret");

        Assert.Equal("***", community.ToString());
        Assert.DoesNotContain("s3cret", new SnmpTarget(IPAddress.Loopback, "s3cret").ToString(), StringComparison.Ordinal);
        Assert.Equal(community, SnmpMessage.Decode(SnmpMessage.Encode(community, SnmpPdu.Request(SnmpPduType.Get, 1, [MibOids.SysName]))).Community);
    }

    private static string WrapInResponse(string varBindContentHex)
    {
        var varBind = Tlv("30", varBindContentHex);
        var pdu = Tlv("A2", "020101020100020100" + Tlv("30", varBind));
        return Tlv("30", "020101" + "04067075626C6963" + pdu);
    }

    private static string Tlv(string tag, string contentHex) => $"{tag}{contentHex.Length / 2:X2}{contentHex}";

    private static void AssertRoundTrip(SnmpValue value, string hex)
    {
        Assert.EndsWith(hex, Convert.ToHexString(Encode(value)), StringComparison.Ordinal);
        var decoded = RoundTrip(value);
        Assert.Equal(value.Type, decoded.Type);
        Assert.Equal(value.ToString(), decoded.ToString());
    }

    /// <summary>A response whose last bytes are the value's own encoding.</summary>
    private static byte[] Encode(SnmpValue value) =>
        SnmpMessage.Encode(Public, new SnmpPdu(SnmpPduType.Response, 1, 0, 0, [new(MibOids.SysName, value)]));

    private static SnmpValue RoundTrip(SnmpValue value) =>
        SnmpMessage.Decode(SnmpMessage.Encode(Public, new SnmpPdu(SnmpPduType.Response, 1, 0, 0, [new(MibOids.SysName, value)]))).Pdu.VarBinds[0].Value;
}

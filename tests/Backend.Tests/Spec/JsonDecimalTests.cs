// JsonDecimal reads short decimals without the general parser; it must give the very double Utf8JsonReader gives,
// bit for bit (negative zero included), and leave everything else to it.
using System.Text;
using System.Text.Json;
using CompressCompare.Backend.Spec;

namespace Backend.Tests.Spec;

public sealed class JsonDecimalTests
{
    static double ReaderValue(string token)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(token));
        reader.Read();
        Assert.True(reader.TryGetDouble(out var value));
        return value;
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-0")]
    [InlineData("-0.000")]
    [InlineData("0.1")]
    [InlineData("0.9214")]
    [InlineData("1089896")]
    [InlineData("6.548")]
    [InlineData("-12.5")]
    [InlineData("999999999999999")]
    [InlineData("0.00000000000001")]
    [InlineData("9007199.25474099")]
    public void A_short_decimal_reads_as_the_reader_reads_it(string token)
    {
        Assert.True(JsonDecimal.TryRead(Encoding.UTF8.GetBytes(token), out var value));
        Assert.Equal(BitConverter.DoubleToInt64Bits(ReaderValue(token)), BitConverter.DoubleToInt64Bits(value));
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("1.5E-3")]
    [InlineData("1234567890123456")]
    [InlineData("0.1234567890123456")]
    public void Exponents_and_long_digit_runs_are_left_to_the_reader(string token) =>
        Assert.False(JsonDecimal.TryRead(Encoding.UTF8.GetBytes(token), out _));

    [Fact]
    public void Random_decimals_read_as_the_reader_reads_them()
    {
        var random = new Random(17);
        for (var i = 0; i < 200_000; i++)
        {
            var digits = new string([.. Enumerable.Range(0, random.Next(1, 16)).Select(_ => (char)('0' + random.Next(10)))]);
            var point = random.Next(0, digits.Length + 1);
            // JSON allows a leading zero only right before the point.
            if (digits.Length > 1 && digits[0] == '0' && point != 1) digits = "1" + digits[1..];
            var token = (random.Next(4) == 0 ? "-" : "") + (point == 0 || point == digits.Length ? digits : $"{digits[..point]}.{digits[point..]}");
            Assert.True(JsonDecimal.TryRead(Encoding.UTF8.GetBytes(token), out var value), token);
            Assert.True(BitConverter.DoubleToInt64Bits(ReaderValue(token)) == BitConverter.DoubleToInt64Bits(value), token);
        }
    }
}

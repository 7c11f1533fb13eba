// FP8 safetensors (F8_E4M3 = torch.float8_e4m3fn, F8_E5M2 = torch.float8_e5m2) decode every byte value to the number
// the OCP FP8 format defines. The reference builds each float32 by bit placement, a route independent of Float8's
// arithmetic, and a few landmark values are spelled out by hand.
using CompressCompare.Backend.Layers.Sources;

namespace Backend.Tests.Layers.Checkpoints;

public sealed class Float8Tests
{
    /// <summary>The float32 a byte stands for, by moving its sign, exponent and mantissa into float32's fields.</summary>
    static float Reference(int b, int exponentBits, int mantissaBits, bool ieeeTop)
    {
        var sign = (b >> 7) << 31;
        var top = (1 << exponentBits) - 1;
        var (exponent, mantissa) = ((b >> mantissaBits) & top, b & ((1 << mantissaBits) - 1));
        var bias = (1 << (exponentBits - 1)) - 1;
        if (exponent == top && (ieeeTop || mantissa == (1 << mantissaBits) - 1))
            return ieeeTop && mantissa == 0 ? BitConverter.Int32BitsToSingle(sign | 0x7F800000) : float.NaN;
        if (exponent == 0)
        {
            // A subnormal: mantissa × 2^(1 − bias − mantissaBits), which float32 holds as a normal number.
            var value = mantissa / (float)(1 << mantissaBits) * MathF.Pow(2, 1 - bias);
            return (b & 0x80) != 0 ? -value : value;
        }
        return BitConverter.Int32BitsToSingle(sign | ((exponent - bias + 127) << 23) | (mantissa << (23 - mantissaBits)));
    }

    [Fact]
    public void Every_E4M3_byte_decodes_to_its_value()
    {
        for (var b = 0; b < 256; b++)
            Assert.Equal(Reference(b, 4, 3, ieeeTop: false), Float8.E4M3[b]);
        Assert.Equal(1f, Float8.E4M3[0x38]);
        Assert.Equal(448f, Float8.E4M3[0x7E]);
        Assert.Equal(-448f, Float8.E4M3[0xFE]);
        Assert.Equal(416f, Float8.E4M3[0x7D]);
        Assert.Equal(0.015625f, Float8.E4M3[0x08]); // smallest normal, 2^-6
        Assert.Equal(0.001953125f, Float8.E4M3[0x01]); // smallest subnormal, 2^-9
        Assert.Equal(0.013671875f, Float8.E4M3[0x07]); // largest subnormal, 7 × 2^-9
        Assert.True(float.IsNaN(Float8.E4M3[0x7F]) && float.IsNaN(Float8.E4M3[0xFF]));
        Assert.Equal(2, Float8.E4M3.Count(float.IsNaN));
        Assert.DoesNotContain(Float8.E4M3, float.IsInfinity);
        Assert.True(float.IsNegative(Float8.E4M3[0x80]) && Float8.E4M3[0x80] == 0);
    }

    [Fact]
    public void Every_E5M2_byte_decodes_to_its_value()
    {
        for (var b = 0; b < 256; b++)
            Assert.Equal(Reference(b, 5, 2, ieeeTop: true), Float8.E5M2[b]);
        Assert.Equal(1f, Float8.E5M2[0x3C]);
        Assert.Equal(57344f, Float8.E5M2[0x7B]);
        Assert.Equal(6.103515625e-05f, Float8.E5M2[0x04]); // smallest normal, 2^-14
        Assert.Equal(1.52587890625e-05f, Float8.E5M2[0x01]); // smallest subnormal, 2^-16
        Assert.Equal(float.PositiveInfinity, Float8.E5M2[0x7C]);
        Assert.Equal(float.NegativeInfinity, Float8.E5M2[0xFC]);
        Assert.Equal(6, Float8.E5M2.Count(float.IsNaN)); // 0x7D-0x7F and 0xFD-0xFF
    }

    [Theory]
    [InlineData("F8_E4M3")]
    [InlineData("F8_E5M2")]
    public void A_safetensors_tensor_of_each_FP8_type_reads_every_byte(string dtype)
    {
        using var files = new ProbeFiles();
        var bytes = Enumerable.Range(0, 256).Select(b => (byte)b).ToArray();
        var path = files.WriteRaw("fp8.safetensors", "w", dtype, [16, 16], bytes);
        using var source = TensorSources.Open(path);
        var values = new float[256];
        source.Read(source.Tensors[0], values);
        Assert.Equal(dtype == "F8_E4M3" ? Float8.E4M3 : Float8.E5M2, values);
        Assert.Equal(dtype, source.Tensors[0].DataType);
    }
}

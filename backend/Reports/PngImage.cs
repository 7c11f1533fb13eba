// A minimal PNG encoder for the exemplars a report embeds as data: URIs: 8-bit grey, RGB or RGBA rows, one
// zlib-compressed IDAT. The report must be one self-contained file, and the backend has no image library.
using System.IO.Compression;
using System.Text;

namespace CompressCompare.Backend.Reports;

public static class PngImage
{
    static readonly uint[] CrcTable = Enumerable.Range(0, 256).Select(n =>
    {
        var c = (uint)n;
        for (var k = 0; k < 8; k++) c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        return c;
    }).ToArray();

    /// <summary>A "data:image/png;base64," URI of <paramref name="pixels"/>: HWC bytes with 1, 3 or 4 channels.</summary>
    public static string DataUri(byte[] pixels, int height, int width, int channels) =>
        "data:image/png;base64," + Convert.ToBase64String(Encode(pixels, height, width, channels));

    public static byte[] Encode(byte[] pixels, int height, int width, int channels)
    {
        byte colorType = channels switch
        {
            1 => 0,
            3 => 2,
            4 => 6,
            _ => throw new ArgumentException($"A PNG holds 1, 3 or 4 channels, not {channels}.", nameof(channels)),
        };
        if (pixels.Length != height * width * channels) throw new ArgumentException("The pixels do not fill the shape.", nameof(pixels));
        using var png = new MemoryStream();
        png.Write([137, 80, 78, 71, 13, 10, 26, 10]);
        var header = new byte[13];
        WriteBigEndian(header, 0, (uint)width);
        WriteBigEndian(header, 4, (uint)height);
        header[8] = 8;
        header[9] = colorType;
        Chunk(png, "IHDR", header);
        using var raw = new MemoryStream();
        using (var zlib = new ZLibStream(raw, CompressionLevel.Optimal, leaveOpen: true))
        {
            var stride = width * channels;
            for (var row = 0; row < height; row++)
            {
                zlib.WriteByte(0); // filter: none
                zlib.Write(pixels, row * stride, stride);
            }
        }
        Chunk(png, "IDAT", raw.ToArray());
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    static void Chunk(Stream png, string type, byte[] data)
    {
        var length = new byte[4];
        WriteBigEndian(length, 0, (uint)data.Length);
        png.Write(length);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        var crc = 0xFFFFFFFFu;
        foreach (var b in typeBytes.Concat(data)) crc = CrcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        var crcBytes = new byte[4];
        WriteBigEndian(crcBytes, 0, crc ^ 0xFFFFFFFFu);
        png.Write(crcBytes);
    }

    static void WriteBigEndian(byte[] buffer, int at, uint value)
    {
        buffer[at] = (byte)(value >> 24);
        buffer[at + 1] = (byte)(value >> 16);
        buffer[at + 2] = (byte)(value >> 8);
        buffer[at + 3] = (byte)value;
    }
}

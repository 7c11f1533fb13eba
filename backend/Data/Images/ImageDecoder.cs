// Decodes a JPEG or PNG file into 8-bit RGB rows, as PIL's Image.open(f).convert("RGB") gives them: grey is
// replicated, alpha and palette transparency are dropped (not composited), no colour profile or EXIF
// orientation is applied. Skia decodes with libjpeg-turbo and libpng, the libraries PIL links too.
using SkiaSharp;

namespace CompressCompare.Backend.Data.Images;

/// <summary>Interleaved RGB bytes, row-major [Height × Width × 3].</summary>
internal sealed record RgbImage(int Width, int Height, byte[] Pixels);

internal static class ImageDecoder
{
    /// <summary>File name endings read as images (compared ignoring case).</summary>
    public static readonly string[] Extensions = [".jpg", ".jpeg", ".png"];

    public static bool IsImageFile(string path) =>
        Extensions.Any(e => path.EndsWith(e, StringComparison.OrdinalIgnoreCase));

    /// <summary>The decoded image; InvalidDataException saying why when the file is not a whole JPEG or PNG.</summary>
    public static RgbImage Decode(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (Problem(bytes) is { } problem) throw new InvalidDataException(problem);
        using var data = SKData.CreateCopy(bytes);
        using var codec = SKCodec.Create(data) ?? throw new InvalidDataException("not a JPEG or PNG image Skia can open");
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        // Unpremultiplied, no colour space: the stored values, as PIL reads them.
        var info = new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var rgba = new byte[checked(width * height * 4)];
        SKCodecResult result;
        unsafe
        {
            fixed (byte* p = rgba) result = codec.GetPixels(info, (IntPtr)p);
        }
        if (result != SKCodecResult.Success)
            throw new InvalidDataException($"its pixel data does not decode ({result})");
        var rgb = new byte[width * height * 3];
        for (int i = 0, o = 0; i < rgba.Length; i += 4, o += 3)
        {
            rgb[o] = rgba[i];
            rgb[o + 1] = rgba[i + 1];
            rgb[o + 2] = rgba[i + 2];
        }
        return new RgbImage(width, height, rgb);
    }

    /// <summary>
    /// Why the file cannot be a whole image, from its first and last bytes alone, or null. Listing a folder checks
    /// this for every file (cheap: no pixels decoded), so truncated and mislabelled files are skipped up front
    /// and the instances' indices are fixed before any batch runs.
    /// </summary>
    public static string? Probe(string path)
    {
        try
        {
            using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1);
            if (file.Length < 16) return "it is too short to be an image";
            Span<byte> head = stackalloc byte[8];
            file.ReadExactly(head);
            Span<byte> tail = stackalloc byte[12];
            file.Seek(-12, SeekOrigin.End);
            file.ReadExactly(tail);
            return Problem(head, tail);
        }
        catch (IOException e)
        {
            return $"it cannot be read: {e.Message}";
        }
        catch (UnauthorizedAccessException e)
        {
            return $"it cannot be read: {e.Message}";
        }
    }

    static string? Problem(byte[] bytes) =>
        bytes.Length < 16 ? "it is too short to be an image" : Problem(bytes.AsSpan(0, 8), bytes.AsSpan(bytes.Length - 12));

    static readonly byte[] PngSignature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];
    static readonly byte[] PngEnd = [0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];

    static string? Problem(ReadOnlySpan<byte> head, ReadOnlySpan<byte> tail)
    {
        if (head.StartsWith(PngSignature))
            return tail.SequenceEqual(PngEnd) ? null : "the PNG is truncated (it does not end with an IEND chunk)";
        if (head[0] == 0xFF && head[1] == 0xD8 && head[2] == 0xFF)
            // PIL refuses a JPEG cut short ("image file is truncated"); some writers pad after the end marker.
            return tail.IndexOf([(byte)0xFF, (byte)0xD9]) >= 0 ? null : "the JPEG is truncated (no end-of-image marker)";
        return "it is neither a JPEG nor a PNG";
    }
}

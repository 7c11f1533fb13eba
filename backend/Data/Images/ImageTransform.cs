// torchvision's classification preprocessing on a decoded RGB image: Resize (PIL bilinear, sizes computed as
// torchvision does), CenterCrop (its offset rounding, zero padding when the crop is larger), ToTensor's
// scaling, Normalize, then the channel order and layout the model takes. Pure: one image in, floats out.
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.Data.Images;

internal sealed class ImageTransform(ImagePreprocess preprocess)
{
    readonly float[] _scale = [.. Enumerable.Range(0, 3).Select(c => (float)(preprocess.Scale))];
    readonly float[] _mean = [.. preprocess.Mean.Select(m => (float)m)];
    readonly float[] _std = [.. preprocess.Std.Select(s => (float)s)];

    public ImagePreprocess Preprocess { get; } = preprocess;

    /// <summary>The [height, width] every output has, or null when it is each image's own size (no resize to a fixed size and no crop).</summary>
    public (int Height, int Width)? FixedSize => Preprocess switch
    {
        { CenterCrop: [var side] } => (side, side),
        { CenterCrop: [var h, var w] } => (h, w),
        { Resize: [var h, var w] } => (h, w),
        _ => null,
    };

    /// <summary>torchvision's Resize output size: one number is the shorter side, the longer int(size × long / short).</summary>
    public static (int Width, int Height) ResizedSize(int width, int height, IReadOnlyList<int>? resize)
    {
        if (resize is null) return (width, height);
        if (resize.Count == 2) return (resize[1], resize[0]);
        var (shorter, longer) = width <= height ? (width, height) : (height, width);
        var newShort = resize[0];
        var newLong = (int)((double)newShort * longer / shorter);
        return width <= height ? (newShort, newLong) : (newLong, newShort);
    }

    /// <summary>The resized and cropped image, 8-bit RGB, before scaling.</summary>
    public RgbImage Geometry(RgbImage image)
    {
        var (width, height) = ResizedSize(image.Width, image.Height, Preprocess.Resize);
        var resized = PilResize.Bilinear(image, width, height);
        return Preprocess.CenterCrop is { } crop ? CenterCrop(resized, crop[0], crop.Count == 2 ? crop[1] : crop[0]) : resized;
    }

    /// <summary>
    /// torchvision's CenterCrop: pads with zeros to the crop first when the image is smaller ((crop − side) // 2 before,
    /// the rest after), then cuts at int(round((side − crop) / 2)), Python's round (halves to even).
    /// </summary>
    public static RgbImage CenterCrop(RgbImage image, int cropHeight, int cropWidth)
    {
        var (padLeft, padTop) = (Math.Max(cropWidth - image.Width, 0) / 2, Math.Max(cropHeight - image.Height, 0) / 2);
        var (paddedWidth, paddedHeight) = (Math.Max(image.Width, cropWidth), Math.Max(image.Height, cropHeight));
        var top = (int)Math.Round((paddedHeight - cropHeight) / 2.0, MidpointRounding.ToEven);
        var left = (int)Math.Round((paddedWidth - cropWidth) / 2.0, MidpointRounding.ToEven);
        var output = new byte[cropHeight * cropWidth * 3];
        for (var y = 0; y < cropHeight; y++)
        {
            var sourceY = y + top - padTop;
            if (sourceY < 0 || sourceY >= image.Height) continue;
            for (var x = 0; x < cropWidth; x++)
            {
                var sourceX = x + left - padLeft;
                if (sourceX < 0 || sourceX >= image.Width) continue;
                Array.Copy(image.Pixels, (sourceY * image.Width + sourceX) * 3, output, (y * cropWidth + x) * 3, 3);
            }
        }
        return new RgbImage(cropWidth, cropHeight, output);
    }

    /// <summary>
    /// Writes one instance into <paramref name="destination"/> (height × width × 3 floats) as ToTensor + Normalize in
    /// float32: (v × scale − mean) / std, channels in the declared order and layout.
    /// </summary>
    public void Write(RgbImage image, Span<float> destination)
    {
        var plane = image.Width * image.Height;
        var bgr = Preprocess.Channels == ChannelOrder.Bgr;
        var nchw = Preprocess.Layout == PixelLayout.Nchw;
        // ToTensor divides by 255 in float32; the same division keeps the default bit-identical to it.
        var divide = Math.Abs(Preprocess.Scale * 255 - 1) < 1e-12;
        for (var c = 0; c < 3; c++)
        {
            var source = bgr ? 2 - c : c;
            var (mean, std, scale) = (_mean[source], _std[source], _scale[source]);
            for (var i = 0; i < plane; i++)
            {
                float v = image.Pixels[i * 3 + source];
                v = divide ? v / 255f : v * scale;
                destination[nchw ? c * plane + i : i * 3 + c] = (v - mean) / std;
            }
        }
    }
}

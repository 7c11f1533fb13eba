// PIL's Image.resize(size, BILINEAR) bit for bit (Pillow's libImaging/Resample.c): separable passes, horizontal
// then vertical, with a triangle filter widened by the downscale factor (that is the antialias), coefficients
// in 22-bit fixed point, and 8-bit rounding between the passes. torchvision's Resize on a PIL image calls it,
// so reproducing it makes the backend's inputs equal to the ones a model was validated with.
namespace CompressCompare.Backend.Data.Images;

internal static class PilResize
{
    const int PrecisionBits = 32 - 8 - 2;

    public static RgbImage Bilinear(RgbImage image, int width, int height)
    {
        if (width == image.Width && height == image.Height) return image;
        var (horizontalBounds, horizontalK, horizontalSize) = Coefficients(image.Width, width);
        var (verticalBounds, verticalK, verticalSize) = Coefficients(image.Height, height);
        var source = image;
        var firstRow = 0;
        if (width != image.Width)
        {
            // Only the rows the vertical pass reads are resampled horizontally, as Pillow does.
            firstRow = verticalBounds[0];
            var lastRow = verticalBounds[(height - 1) * 2] + verticalBounds[(height - 1) * 2 + 1];
            source = Horizontal(image, firstRow, lastRow - firstRow, width, horizontalBounds, horizontalK, horizontalSize);
        }
        if (height == image.Height && firstRow == 0 && source.Height == height) return source;
        return Vertical(source, firstRow, height, verticalBounds, verticalK, verticalSize);
    }

    /// <summary>Pillow's precompute_coeffs + normalize_coeffs_8bpc: per output pixel, its first input pixel and count, and fixed-point weights.</summary>
    static (int[] Bounds, int[] Weights, int KernelSize) Coefficients(int inSize, int outSize)
    {
        double scale = (double)inSize / outSize;
        var filterScale = Math.Max(scale, 1.0);
        var support = 1.0 * filterScale;
        var kernelSize = (int)Math.Ceiling(support) * 2 + 1;
        var bounds = new int[outSize * 2];
        var weights = new int[outSize * kernelSize];
        var k = new double[kernelSize];
        for (var xx = 0; xx < outSize; xx++)
        {
            var center = (xx + 0.5) * scale;
            var ww = 0.0;
            var ss = 1.0 / filterScale;
            var xmin = Math.Max((int)(center - support + 0.5), 0);
            var xmax = Math.Min((int)(center + support + 0.5), inSize) - xmin;
            for (var x = 0; x < xmax; x++)
            {
                var w = Triangle((x + xmin - center + 0.5) * ss);
                k[x] = w;
                ww += w;
            }
            for (var x = 0; x < kernelSize; x++)
            {
                var v = x < xmax && ww != 0.0 ? k[x] / ww : x < xmax ? k[x] : 0.0;
                weights[xx * kernelSize + x] = v < 0 ? (int)(-0.5 + v * (1 << PrecisionBits)) : (int)(0.5 + v * (1 << PrecisionBits));
            }
            bounds[xx * 2] = xmin;
            bounds[xx * 2 + 1] = xmax;
        }
        return (bounds, weights, kernelSize);
    }

    static double Triangle(double x)
    {
        if (x < 0.0) x = -x;
        return x < 1.0 ? 1.0 - x : 0.0;
    }

    static byte Clip(int value) =>
        value >= 1 << PrecisionBits << 8 ? (byte)255 : value <= 0 ? (byte)0 : (byte)(value >> PrecisionBits);

    static RgbImage Horizontal(RgbImage image, int firstRow, int rows, int width, int[] bounds, int[] weights, int kernelSize)
    {
        var output = new byte[rows * width * 3];
        var input = image.Pixels;
        for (var y = 0; y < rows; y++)
        {
            var row = (y + firstRow) * image.Width * 3;
            for (var xx = 0; xx < width; xx++)
            {
                var (xmin, count, k) = (bounds[xx * 2], bounds[xx * 2 + 1], xx * kernelSize);
                int r = 1 << (PrecisionBits - 1), g = r, b = r;
                for (var x = 0; x < count; x++)
                {
                    var p = row + (x + xmin) * 3;
                    var w = weights[k + x];
                    r += input[p] * w;
                    g += input[p + 1] * w;
                    b += input[p + 2] * w;
                }
                var o = (y * width + xx) * 3;
                output[o] = Clip(r);
                output[o + 1] = Clip(g);
                output[o + 2] = Clip(b);
            }
        }
        return new RgbImage(width, rows, output);
    }

    /// <summary>The vertical pass over <paramref name="image"/>, whose row 0 is source row <paramref name="firstRow"/>.</summary>
    static RgbImage Vertical(RgbImage image, int firstRow, int height, int[] bounds, int[] weights, int kernelSize)
    {
        var stride = image.Width * 3;
        var output = new byte[height * stride];
        var input = image.Pixels;
        for (var yy = 0; yy < height; yy++)
        {
            var (ymin, count, k) = (bounds[yy * 2] - firstRow, bounds[yy * 2 + 1], yy * kernelSize);
            for (var i = 0; i < stride; i++)
            {
                var sum = 1 << (PrecisionBits - 1);
                for (var y = 0; y < count; y++) sum += input[(y + ymin) * stride + i] * weights[k + y];
                output[yy * stride + i] = Clip(sum);
            }
        }
        return new RgbImage(image.Width, height, output);
    }
}

// A plain C# forward pass of a SequentialModel (float32 weights), written from the layer definitions and
// nothing else, to check what ONNX Runtime computes from the written files. NCHW throughout.
using CompressCompare.Backend.Models;

namespace Backend.Tests.Models.Onnx;

internal static class ReferenceForward
{
    public static float[] Run(SequentialModel model, float[] batch, int n)
    {
        var x = batch;
        int[] shape = [n, .. model.InstanceShape];
        foreach (var layer in model.Layers)
            (x, shape) = layer switch
            {
                LinearLayer l => Linear(x, shape, l),
                Conv2dLayer c => Conv(x, shape, c),
                BatchNorm2dLayer b => BatchNorm(x, shape, b),
                ReluLayer => (x.Select(v => Math.Max(v, 0f)).ToArray(), shape),
                MaxPool2dLayer p => MaxPool(x, shape, p),
                FlattenLayer => (x, [shape[0], shape.Skip(1).Aggregate(1, (a, d) => a * d)]),
                _ => throw new NotSupportedException(layer.GetType().Name),
            };
        return x;
    }

    static (float[], int[]) Linear(float[] x, int[] shape, LinearLayer l)
    {
        int n = shape[0], outputs = l.Weight.Shape[0], inputs = l.Weight.Shape[1];
        var y = new float[n * outputs];
        for (var b = 0; b < n; b++)
            for (var o = 0; o < outputs; o++)
            {
                var sum = l.Bias?.Values[o] ?? 0f;
                for (var i = 0; i < inputs; i++) sum += x[b * inputs + i] * l.Weight.Values[o * inputs + i];
                y[b * outputs + o] = sum;
            }
        return (y, [n, outputs]);
    }

    static (float[], int[]) Conv(float[] x, int[] shape, Conv2dLayer c)
    {
        int n = shape[0], cin = shape[1], h = shape[2], w = shape[3];
        int cout = c.Weight.Shape[0], kh = c.Weight.Shape[2], kw = c.Weight.Shape[3], s = c.Stride, p = c.Padding;
        int oh = (h + 2 * p - kh) / s + 1, ow = (w + 2 * p - kw) / s + 1;
        var y = new float[n * cout * oh * ow];
        for (var b = 0; b < n; b++)
            for (var o = 0; o < cout; o++)
                for (var i = 0; i < oh; i++)
                    for (var j = 0; j < ow; j++)
                    {
                        var sum = c.Bias?.Values[o] ?? 0f;
                        for (var ci = 0; ci < cin; ci++)
                            for (var u = 0; u < kh; u++)
                                for (var v = 0; v < kw; v++)
                                {
                                    int row = i * s - p + u, col = j * s - p + v;
                                    if (row < 0 || row >= h || col < 0 || col >= w) continue;
                                    sum += x[((b * cin + ci) * h + row) * w + col] * c.Weight.Values[((o * cin + ci) * kh + u) * kw + v];
                                }
                        y[((b * cout + o) * oh + i) * ow + j] = sum;
                    }
        return (y, [n, cout, oh, ow]);
    }

    static (float[], int[]) BatchNorm(float[] x, int[] shape, BatchNorm2dLayer bn)
    {
        int channels = shape[1], plane = shape[2] * shape[3];
        var y = new float[x.Length];
        for (var i = 0; i < x.Length; i++)
        {
            var c = i / plane % channels;
            y[i] = (x[i] - bn.RunningMean.Values[c]) / MathF.Sqrt(bn.RunningVar.Values[c] + bn.Epsilon) * bn.Scale.Values[c] + bn.Bias.Values[c];
        }
        return (y, shape);
    }

    static (float[], int[]) MaxPool(float[] x, int[] shape, MaxPool2dLayer pool)
    {
        int n = shape[0], c = shape[1], h = shape[2], w = shape[3], k = pool.Kernel, s = pool.Stride;
        int oh = (h - k) / s + 1, ow = (w - k) / s + 1;
        var y = new float[n * c * oh * ow];
        for (var plane = 0; plane < n * c; plane++)
            for (var i = 0; i < oh; i++)
                for (var j = 0; j < ow; j++)
                {
                    var max = float.NegativeInfinity;
                    for (var u = 0; u < k; u++)
                        for (var v = 0; v < k; v++)
                            max = Math.Max(max, x[(plane * h + i * s + u) * w + j * s + v]);
                    y[(plane * oh + i) * ow + j] = max;
                }
        return (y, [n, c, oh, ow]);
    }
}

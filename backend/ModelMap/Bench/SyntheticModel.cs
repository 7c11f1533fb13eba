// The state of one synthetic model and how each compression operation changes it, with the trade-offs
// the paper's case studies show: pruning shrinks a model and costs accuracy (steeply past ~70%
// sparsity), fine-tuning wins most of that back, quantization and palettization shrink it further at a
// small cost that calibration partly recovers.
namespace CompressCompare.Backend.ModelMap.Bench;

/// <param name="BaseAccuracy">Accuracy of the uncompressed root.</param>
/// <param name="Parameters">Weight count of the root's architecture.</param>
/// <param name="BaseLatency">Latency of the uncompressed root, in ms.</param>
/// <param name="Sparsity">Share of weights that are zero.</param>
/// <param name="Bits">Bits per stored weight: 32 (float), 8 (int8) or a palette's 2, 4 or 6.</param>
/// <param name="PruningLoss">Accuracy lost to pruning that fine-tuning can still win back.</param>
/// <param name="QuantizationLoss">Accuracy lost to quantization or palettization that calibration can still win back.</param>
/// <param name="Calibrated">Whether a Calibrate step already ran since the weights were quantized.</param>
/// <param name="Depth">Operations since the root.</param>
internal sealed record SyntheticModel(
    double BaseAccuracy, long Parameters, double BaseLatency, double Sparsity, int Bits,
    double PruningLoss, double QuantizationLoss, bool Calibrated, int Depth)
{
    public static SyntheticModel Root(double accuracy, long parameters, double latency) =>
        new(accuracy, parameters, latency, 0, 32, 0, 0, false, 0);

    public bool CanPrune => Bits == 32 && Sparsity < 0.9;
    public bool CanQuantize => Bits == 32;
    public bool CanCalibrate => Bits < 32 && !Calibrated;

    public SyntheticModel Prune(double amount, bool perLayer)
    {
        // Per-layer pruning removes the same share from small, sensitive layers too, so it costs more.
        var loss = BaseAccuracy * 0.55 * Math.Pow(amount, 3) * (perLayer ? 1.25 : 1);
        return Child() with { Sparsity = amount, PruningLoss = Math.Max(PruningLoss, loss) };
    }

    public SyntheticModel FineTune(int epochs) =>
        Child() with { PruningLoss = PruningLoss * (0.25 + 0.75 * Math.Exp(-epochs / 3.0)), QuantizationLoss = QuantizationLoss * 0.8 };

    public SyntheticModel Int8Quantize() => Child() with { Bits = 8, QuantizationLoss = 0.006 };

    public SyntheticModel Palettize(int bits) =>
        Child() with { Bits = bits, QuantizationLoss = bits switch { 2 => 0.09, 4 => 0.012, _ => 0.003 } };

    public SyntheticModel Calibrate(int samples) =>
        Child() with { Calibrated = true, QuantizationLoss = QuantizationLoss * (0.4 + 0.6 * Math.Exp(-samples / 256.0)) };

    SyntheticModel Child() => this with { Depth = Depth + 1 };

    public double Accuracy(Random random) =>
        Math.Clamp(BaseAccuracy - PruningLoss - QuantizationLoss + Noise(random, 0.002), 0.1, 1);

    /// <summary>Bytes on disk: the kept weights at their bit width plus a one-bit-per-weight mask once pruned.</summary>
    public double Size() =>
        Math.Round(Parameters * (1 - Sparsity) * Bits / 8.0 + (Sparsity > 0 ? Parameters / 8.0 : 0) + (Bits < 8 ? (1 << Bits) * 4 * 64 : 0));

    public double Latency(Random random)
    {
        // Unstructured sparsity only pays off on dense kernels once most weights are gone; int8 kernels are
        // faster, palette lookups cost a little.
        var sparsity = 1 - 0.5 * Sparsity * Sparsity;
        var bits = Bits switch { 32 => 1.0, 8 => 0.6, _ => 1.05 };
        return Math.Round(BaseLatency * sparsity * bits * (1 + Noise(random, 0.03)), 3);
    }

    static double Noise(Random random, double spread) => (random.NextDouble() * 2 - 1) * spread;
}

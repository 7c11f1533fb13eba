// The spec's dataset as an operation that runs the model sees it: batches of the model's own inputs, built by the
// evaluation's input binding (named inputs, text tokens, image folders, fixed batches), so whatever `evaluate` can
// run, calibration can run too.
using Microsoft.ML.OnnxRuntime;

namespace CompressCompare.Backend.Compression.Onnx;

public interface IOnnxFeed
{
    /// <summary>
    /// Runs <paramref name="model"/> as edited so far (typically with extra graph outputs declared) on up to
    /// <paramref name="instances"/> instances of the dataset, calling <paramref name="onBatch"/> with each batch's values of
    /// <paramref name="outputs"/> in that order, and the number of real instances in it (a fixed-batch model's last batch is padded: its
    /// outputs hold more rows than that). Returns how many instances ran.
    /// </summary>
    /// <param name="batchSize">
    /// Instances per batch where the model lets the feed choose (a model with a fixed batch dimension keeps its own), for operations
    /// whose result depends on how instances are grouped (Calibrate's batch statistics); null lets the feed choose.
    /// </param>
    int Run(OnnxModelEdit model, IReadOnlyList<string> outputs, int instances, int? batchSize, Action<IReadOnlyList<OrtValue>, int> onBatch, CancellationToken cancellationToken);
}

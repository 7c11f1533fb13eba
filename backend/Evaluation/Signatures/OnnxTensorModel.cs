// An ONNX model of any signature: named inputs of the types InputCast feeds, dynamic or fixed dimensions (a
// fixed batch runs in batches of that size, the last one padded and trimmed), and several outputs of which the
// spec names the one compared. Float16/bfloat16/float64 outputs are widened to float for the comparison.
using CompressCompare.Backend.Models;
using CompressCompare.Protocol.Evaluation;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CompressCompare.Backend.Evaluation.Signatures;

internal sealed class OnnxTensorModel : IBatchModel
{
    readonly InferenceSession _session;
    readonly string _path;
    readonly string[] _outputNames;
    readonly TensorElementType _outputType;
    // One for every batch: a batch-1 model runs thousands of batches, and each RunOptions is a native allocation.
    readonly RunOptions _runOptions;
    IReadOnlyList<BoundInput>? _inputs;
    string[] _inputNames = [];
    int _batch;
    bool _fixedBatch;

    /// <summary>Takes over <paramref name="session"/>; <paramref name="output"/> null picks the default output (see <see cref="DefaultOutput"/>).</summary>
    public OnnxTensorModel(InferenceSession session, string path, string? output, string modelId)
    {
        _session = session;
        _path = path;
        if (output is not null && !session.OutputMetadata.ContainsKey(output))
            throw new EvaluationException(
                $"Model \"{modelId}\" has no output \"{output}\" (its outputs: {string.Join(", ", session.OutputMetadata.Select(p => $"\"{p.Key}\" {InputBinder.Signature(p.Value)}"))}).",
                "Set the model's or the dataset's \"output\" to one of those names, or remove it to compare the default one (\"logits\" if the model has it, else its first output).", path);
        var name = output ?? DefaultOutput(session);
        var type = session.OutputMetadata[name].ElementDataType;
        if (type is not (TensorElementType.Float or TensorElementType.Float16 or TensorElementType.BFloat16 or TensorElementType.Double))
            throw new EvaluationException($"Model \"{modelId}\" output \"{name}\" is {InputBinder.Signature(session.OutputMetadata[name])}; the comparison needs a float output (logits or probabilities).",
                "Name a float output in the model's or the dataset's \"output\".", path);
        _outputNames = [name];
        _outputType = type;
        _runOptions = new RunOptions();
    }

    /// <summary>"logits" when the model has it (as OnnxInference has always chosen), otherwise the first output.</summary>
    public static string DefaultOutput(InferenceSession session) =>
        session.OutputMetadata.ContainsKey(SequentialModel.OutputName) ? SequentialModel.OutputName : session.OutputMetadata.Keys.First();

    public ModelSource Source => ModelSource.Onnx;

    public int Prepare(EvaluationDataset dataset, string modelId, int preferredBatch)
    {
        DisposeInputs();
        (_inputs, _batch, _fixedBatch) = InputBinder.Bind(_session, dataset, modelId, preferredBatch);
        _inputNames = [.. _inputs.Select(i => i.Name)];
        return _batch;
    }

    public float[] Run(EvaluationDataset dataset, int start, int count, CancellationToken cancellationToken)
    {
        var batch = _fixedBatch ? _batch : count;
        var values = new OrtValue[_inputs!.Count];
        try
        {
            for (var i = 0; i < values.Length; i++) values[i] = _inputs[i].Batch(start, count, batch, cancellationToken);
            using var outputs = _session.Run(_runOptions, _inputNames, values, _outputNames);
            var all = ToFloats(outputs[0], _outputType);
            // A padded batch: only the first count rows are instances.
            return count == batch || all.Length % batch != 0 ? all : all[..(all.Length / batch * count)];
        }
        catch (OnnxRuntimeException e)
        {
            throw new EvaluationException($"ONNX Runtime failed on {_path}: {e.Message}",
                "Check that the model takes the dataset's arrays as stored (shapes, types and scale) and export it again if not.", _path, e);
        }
        finally
        {
            foreach (var value in values) value?.Dispose();
        }
    }

    /// <summary>The output as float; <paramref name="type"/> is its declared element type (asking the value costs a native call a batch).</summary>
    static float[] ToFloats(OrtValue output, TensorElementType type) => type switch
    {
        TensorElementType.Float16 => [.. output.GetTensorDataAsSpan<Float16>().ToArray().Select(h => (float)h)],
        TensorElementType.BFloat16 => [.. output.GetTensorDataAsSpan<BFloat16>().ToArray().Select(h => (float)h)],
        TensorElementType.Double => [.. output.GetTensorDataAsSpan<double>().ToArray().Select(d => (float)d)],
        _ => output.GetTensorDataAsSpan<float>().ToArray(),
    };

    /// <summary>Streamed inputs (an image folder's decoding threads) stop with the model.</summary>
    void DisposeInputs()
    {
        foreach (var input in _inputs ?? []) (input as IDisposable)?.Dispose();
        _inputs = null;
    }

    public void Dispose()
    {
        DisposeInputs();
        _runOptions.Dispose();
        _session.Dispose();
    }
}

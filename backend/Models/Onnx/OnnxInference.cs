// Runs a single-input, single-output float classifier (what OnnxModelWriter writes, or a compatible export)
// in ONNX Runtime: logits for a batch, and the latency of session.Run. One intra-op thread by default, so
// latencies are reproducible and comparable between models rather than a measure of the machine's load.
using System.Diagnostics;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CompressCompare.Backend.Models.Onnx;

public sealed class OnnxInference : IDisposable
{
    readonly InferenceSession _session;
    readonly string[] _inputNames;
    readonly string[] _outputNames;

    public OnnxInference(string modelPath, int intraOpThreads = 1) : this(OpenSession(modelPath, intraOpThreads), modelPath)
    {
    }

    /// <summary>Takes over <paramref name="session"/> (disposed here when it is not a single float input of fixed instance shape).</summary>
    public OnnxInference(InferenceSession session, string modelPath)
    {
        _session = session;
        ModelPath = modelPath;
        if (_session.InputMetadata.Count != 1 || _session.OutputMetadata.Count < 1)
        {
            var count = _session.InputMetadata.Count;
            _session.Dispose();
            throw new OnnxModelException(modelPath, $"The model has {count} inputs; the backend runs classifiers with one float input.",
                "Export the model with a single input tensor (the batch) and the logits as its first output.");
        }
        var (inputName, input) = _session.InputMetadata.First();
        _inputNames = [inputName];
        // Prefer "logits" (our writer's name); otherwise the first output, which exporters make the model's result.
        _outputNames = [_session.OutputMetadata.ContainsKey(SequentialModel.OutputName) ? SequentialModel.OutputName : _session.OutputMetadata.Keys.First()];
        InstanceShape = input.Dimensions.Skip(1).ToArray();
        if (input.ElementDataType != TensorElementType.Float || input.Dimensions.Length < 1 || InstanceShape.Any(d => d < 0))
        {
            _session.Dispose();
            throw new OnnxModelException(modelPath,
                $"Its input '{inputName}' is {input.ElementDataType}[{string.Join(", ", input.Dimensions)}]; the backend needs float [N, fixed sizes...].",
                "Export with a float input whose only symbolic dimension is the first (batch) one.");
        }
    }

    /// <summary>
    /// Loads <paramref name="modelPath"/> with the options every evaluation uses (one intra-op thread unless told
    /// otherwise, sequential, full graph optimisation) on the request's execution provider (ExecutionProvider.Current);
    /// OnnxModelException with what to do when the model cannot load, BackendException (ExecutionProviderUnavailable) when the provider cannot run.
    /// </summary>
    public static InferenceSession OpenSession(string modelPath, int intraOpThreads = 1)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(intraOpThreads, 1);
        if (!File.Exists(modelPath))
            throw new OnnxModelException(modelPath, "The file does not exist.", "Check the model's path in the spec.");
        using var options = new SessionOptions
        {
            IntraOpNumThreads = intraOpThreads,
            InterOpNumThreads = 1,
            ExecutionMode = ExecutionMode.ORT_SEQUENTIAL,
            GraphOptimizationLevel = GraphOptimizationLevel.ORT_ENABLE_ALL,
        };
        OnnxProviderSetup.Apply(options, ExecutionProvider.Current);
        try
        {
            return new InferenceSession(modelPath, options);
        }
        catch (OnnxRuntimeException e)
        {
            throw new OnnxModelException(modelPath, $"ONNX Runtime cannot load this model: {e.Message}",
                "Check that it is a valid ONNX model with opset ≤ 23 (open it in Netron, or run onnx.checker.check_model), and export it again if not.", inner: e);
        }
    }

    /// <summary>True for what this class runs: one float input [batch (symbolic), fixed sizes...] and at least one output.</summary>
    public static bool IsSingleFloatInput(InferenceSession session)
    {
        if (session.InputMetadata.Count != 1 || session.OutputMetadata.Count < 1) return false;
        var input = session.InputMetadata.Values.First();
        return input.ElementDataType == TensorElementType.Float && input.Dimensions.Length >= 1 && input.Dimensions[0] < 0
            && input.Dimensions.Skip(1).All(d => d >= 0);
    }

    public string ModelPath { get; }
    public string InputName => _inputNames[0];
    public string OutputName => _outputNames[0];
    /// <summary>The input's shape without the batch dimension, e.g. [1, 8, 8].</summary>
    public IReadOnlyList<int> InstanceShape { get; }

    /// <summary>Runs a batch laid out as [batchSize, ..InstanceShape] and returns the output, row-major (N × classes for a classifier).</summary>
    public float[] Run(float[] batch, int batchSize)
    {
        using var input = CreateInput(batch, batchSize);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, _inputNames, [input], _outputNames);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    /// <summary>Runs rows of a larger array in place (no copy): <paramref name="batch"/> is [batchSize, ..InstanceShape].</summary>
    public float[] Run(Memory<float> batch, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        long[] shape = [batchSize, .. InstanceShape.Select(d => (long)d)];
        if (batch.Length != batchSize * shape[1..].Aggregate(1L, (a, d) => a * d))
            throw new ArgumentException($"A batch of {batchSize} × [{string.Join(", ", InstanceShape)}] cannot hold {batch.Length} floats.", nameof(batch));
        using var input = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance, batch, shape);
        using var runOptions = new RunOptions();
        using var outputs = _session.Run(runOptions, _inputNames, [input], _outputNames);
        return outputs[0].GetTensorDataAsSpan<float>().ToArray();
    }

    /// <summary>
    /// Times session.Run alone (the input is built once) over `runs` runs after `warmup` untimed ones.
    /// Cancellation is checked between runs and also stops a run in progress.
    /// </summary>
    public LatencyStats MeasureLatency(float[] batch, int batchSize, int warmup, int runs, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(warmup);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        using var input = CreateInput(batch, batchSize);
        using var runOptions = new RunOptions();
        using var stopRun = cancellationToken.Register(() => runOptions.Terminate = true);
        OrtValue[] inputs = [input];
        var samples = new double[runs];
        for (var i = -warmup; i < runs; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var start = Stopwatch.GetTimestamp();
            try
            {
                using var outputs = _session.Run(runOptions, _inputNames, inputs, _outputNames);
                var elapsed = Stopwatch.GetElapsedTime(start).TotalMilliseconds; // before disposing the outputs
                if (i >= 0) samples[i] = elapsed;
            }
            catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }
        return LatencyStats.FromSamples(samples);
    }

    OrtValue CreateInput(float[] batch, int batchSize)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(batchSize, 1);
        long perInstance = InstanceShape.Aggregate(1L, (a, d) => a * d);
        if (batch.LongLength != batchSize * perInstance)
            throw new ArgumentException($"A batch of {batchSize} × [{string.Join(", ", InstanceShape)}] needs {batchSize * perInstance} floats, not {batch.Length}.", nameof(batch));
        long[] shape = [batchSize, .. InstanceShape.Select(d => (long)d)];
        // Wraps the managed array without copying it (pinned while the OrtValue lives).
        return OrtValue.CreateTensorValueFromMemory(batch, shape);
    }

    public void Dispose() => _session.Dispose();
}

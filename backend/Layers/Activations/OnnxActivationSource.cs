// Runs an ONNX model on the sample and records every activation. ONNX Runtime returns graph outputs only, so
// each activation value is declared as an extra graph output and the session is created from the modified bytes.
// Measured with ORT 1.31.1: an output declared by name alone loads, and its metadata comes back inferred (Float
// [-1, 8, 8, 8]); an element type without a shape works too; a wrong element type fails the load. So values are
// declared by name only and the non-float ones are skipped by reading the session's output metadata.
// Declaring them also keeps ORT from fusing across those values (Conv+BatchNorm+Relu), so each module's output
// is the one the unfused graph computes.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Models.Onnx;
using CompressCompare.Backend.Models.Onnx.Proto;
using CompressCompare.Protocol.Rpc;
using Google.Protobuf;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CompressCompare.Backend.Layers.Activations;

internal static class OnnxActivationSource
{
    /// <summary>Instances per session.Run: bounds ORT's working memory without slowing the small models we probe.</summary>
    const int BatchSize = 256;

    public static ITensorSource Run(string file, string modelId, ActivationSample sample, CancellationToken cancellationToken)
    {
        ModelProto model;
        try
        {
            model = OnnxModelReader.Open(file).Model;
        }
        catch (OnnxModelException e)
        {
            throw Error(e.Message, file, modelId, e.Hint);
        }
        var activations = OnnxActivationGraph.Activations(model.Graph);
        var declared = model.Graph.Output.Select(o => o.Name).ToHashSet();
        foreach (var value in activations.Where(v => !declared.Contains(v.Name)))
            model.Graph.Output.Add(new ValueInfoProto { Name = value.Name });

        using var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1, ExecutionMode = ExecutionMode.ORT_SEQUENTIAL };
        OnnxProviderSetup.Apply(options, ExecutionProvider.Current);
        using var session = Open(model, options, file, modelId);
        var (inputName, input) = session.InputMetadata.Count == 1 ? session.InputMetadata.First()
            : throw Error($"The model has {session.InputMetadata.Count} inputs; activations are probed on models with one input (the instances).", file, modelId,
                "Export the model with a single input tensor (the batch).");
        long[] instanceShape = [.. input.Dimensions.Skip(1).Select(d => (long)d)];
        if (input.ElementDataType != TensorElementType.Float || input.Dimensions.Length < 1 || instanceShape.Any(d => d < 0)
            || instanceShape.Aggregate(1L, (a, d) => a * d) != sample.Features)
            throw Error($"The model's input '{inputName}' is {input.ElementDataType}[{string.Join(", ", input.Dimensions)}], which cannot take the dataset's float instances [{string.Join(", ", sample.InstanceShape)}].",
                file, modelId, "Export the model with a float input [N, ...] holding as many values per instance as the dataset's.");
        // Integer outputs are shape and index computations; only float values are activations.
        var floats = activations.Where(v => session.OutputMetadata.TryGetValue(v.Name, out var m) && m.IsTensor && m.ElementDataType == TensorElementType.Float).ToList();
        string[] outputNames = [.. floats.Select(v => v.Name)];

        var recorder = new ActivationRecorder(sample.Count, modelId, file);
        using var runOptions = new RunOptions();
        using var stopRun = cancellationToken.Register(() => runOptions.Terminate = true);
        for (var start = 0; start < sample.Count; start += BatchSize)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var count = Math.Min(BatchSize, sample.Count - start);
            using var batch = OrtValue.CreateTensorValueFromMemory(OrtMemoryInfo.DefaultInstance,
                sample.Inputs.AsMemory(start * sample.Features, count * sample.Features), [count, .. instanceShape]);
            try
            {
                using var outputs = session.Run(runOptions, [inputName], [batch], outputNames);
                var i = 0;
                foreach (var output in outputs)
                {
                    var value = floats[i++];
                    recorder.Add(value.Name, value.Module, output.GetTensorTypeAndShape().Shape, output.GetTensorDataAsSpan<float>(), start, count);
                }
            }
            catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
            catch (OnnxRuntimeException e)
            {
                throw Error($"ONNX Runtime failed on {file}: {e.Message}", file, modelId,
                    "Check that the model takes the dataset's instances as stored (shape and scale) and export it again if not.");
            }
        }
        return recorder.ToSource(file);
    }

    static InferenceSession Open(ModelProto model, SessionOptions options, string file, string modelId)
    {
        try
        {
            return new InferenceSession(model.ToByteArray(), options);
        }
        catch (OnnxRuntimeException e)
        {
            throw Error($"ONNX Runtime cannot load {file} with its activations as outputs: {e.Message}", file, modelId,
                "Check that it is a valid ONNX model with opset ≤ 23 (open it in Netron, or run onnx.checker.check_model), and export it again if not.");
        }
    }

    static BackendException Error(string message, string file, string modelId, string hint) =>
        new(RpcErrorCodes.ModelNotEvaluable, message, new RpcErrorData { File = file, ModelId = modelId, Hint = hint });
}

// The readers the fuzzer feeds, each through the entry point the services use, and what counts as a refusal there:
// a BackendException with a code everywhere; for the ONNX reader also OnnxModelException (every caller turns it into
// a coded error with its hint); for the dataset readers (.npy, IDX) their InvalidDataException, which their callers
// (EvaluationDataset, DatasetFiles, CompressService) wrap with a hint; for outputs files the EvaluationException that becomes ModelNotEvaluable. Anything else is a
// crash. A reader that succeeds has its tensors read too, so decoding is fuzzed as well as listing.
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Data;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Backend.Models.Onnx;

namespace CompressCompare.Backend.Fuzzing;

public static class FuzzTargets
{
    public const string Onnx = "onnx", OnnxWeights = "onnx-weights", Safetensors = "safetensors", Dat = "dat", Torch = "torch", Npy = "npy", Idx = "idx",
        Arrow = "arrow", OutputsCsv = "outputs-csv", AttributesCsv = "attributes-csv";

    /// <summary>Reads the file at a path; returns normally when it was read, throws otherwise.</summary>
    public delegate void Reader(string path);

    public static readonly IReadOnlyDictionary<string, Reader> All = new Dictionary<string, Reader>
    {
        // One entry point per target, as one request would use it: probing, then what evaluation and compression read.
        [Onnx] = ReadAllTensors,
        [OnnxWeights] = path =>
        {
            var reader = OnnxModelReader.Open(path);
            _ = reader.Facts;
            _ = reader.ReadDequantizedWeights();
        },
        [Safetensors] = ReadAllTensors,
        [Dat] = ReadAllTensors,
        [Torch] = ReadAllTensors,
        [Npy] = path =>
        {
            NpyArray.Read(path);
            NpyArray.Open(path, _ => 0).Values.Dispose();
        },
        [Idx] = path => IdxReader.ReadBytes(path),
        [Arrow] = ReadOutputs,
        [OutputsCsv] = ReadOutputs,
        [AttributesCsv] = path => AttributeTable.Read(path),
    };

    /// <summary>The readers whose contract is InvalidDataException for a bad file (their callers add the code and hint).</summary>
    static readonly HashSet<string> DataReaders = [Npy, Idx];

    /// <summary>Runs <paramref name="reader"/> on <paramref name="path"/> and judges how it ended.</summary>
    public static FuzzOutcome Judge(string target, Reader reader, string path)
    {
        try
        {
            reader(path);
            return FuzzOutcome.Read;
        }
        catch (Exception e) when (IsCodedRefusal(e) || (e is InvalidDataException && DataReaders.Contains(target)))
        {
            return FuzzOutcome.Refused;
        }
        catch (Exception e)
        {
            return FuzzOutcome.Crashed(e);
        }
    }

    static bool IsCodedRefusal(Exception e) => e switch
    {
        BackendException coded => coded.Code != 0 && !string.IsNullOrWhiteSpace(coded.ErrorData.Hint) && !LooksLikeStackTrace(coded.Message),
        OnnxModelException onnx => !string.IsNullOrWhiteSpace(onnx.Hint) && !LooksLikeStackTrace(onnx.Message),
        _ => false,
    };

    static bool LooksLikeStackTrace(string message) => message.Contains("   at ", StringComparison.Ordinal);

    /// <summary>What probing does: open by extension, then read every tensor once (one buffer, as LayerService does).</summary>
    static void ReadAllTensors(string path)
    {
        using var source = TensorSources.Open(path);
        var largest = source.Tensors.Count == 0 ? 0 : source.Tensors.Max(t => t.Count);
        var buffer = new float[largest];
        foreach (var tensor in source.Tensors) source.Read(tensor, buffer);
        // The probe's threads read stretches by position where a source can: one stretch from the second value on.
        if (source is ITensorRangeSource ranges)
            foreach (var tensor in source.Tensors.Where(t => t.Count > 1 && ranges.ReadsRangesOf(t)))
                ranges.ReadRange(tensor, 1, buffer.AsSpan(0, (int)tensor.Count - 1));
    }

    /// <summary>What evaluation does with a model's "outputs" file; an EvaluationException becomes the RPC's coded error.</summary>
    static void ReadOutputs(string path)
    {
        try
        {
            PrecomputedOutputs.Read("fuzzed", path, [], FuzzFileCorpus.OutputRows);
        }
        catch (EvaluationException e)
        {
            throw e.ToBackendException("fuzzed");
        }
    }
}

// Ties a text model's inputs to the tokenized texts before any batch runs: input_ids, attention_mask and
// token_type_ids, int64 or int32 as the model declares, [batch, sequence]. The sequence is the model's own when
// it fixes one, else the spec's. Any other input is refused with its name, type and shape and what a text gives.
using CompressCompare.Backend.Evaluation.Signatures;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;

namespace CompressCompare.Backend.Evaluation.Text;

internal static class TextInputBinder
{
    public const string InputIds = "input_ids";
    public const string AttentionMask = "attention_mask";
    public const string TokenTypeIds = "token_type_ids";

    public static (IReadOnlyList<BoundInput> Inputs, int Batch, bool Fixed) Bind(InferenceSession session, TokenizedTexts texts, string modelId, int preferredBatch)
    {
        var inputs = session.InputMetadata;
        const string gives = $"a text dataset gives \"{InputIds}\", \"{AttentionMask}\" and \"{TokenTypeIds}\" as int64 or int32 [batch, sequence]";
        foreach (var (name, meta) in inputs)
        {
            if (name is not (InputIds or AttentionMask or TokenTypeIds))
                throw new EvaluationException($"Model \"{modelId}\" input \"{name}\" ({InputBinder.Signature(meta)}) cannot be fed from text: {gives}.",
                    "Export the model with the tokenizer's inputs only (input_ids, attention_mask, token_type_ids), or give the dataset \"inputs\" as arrays for every input.");
            if (meta.ElementDataType is not (TensorElementType.Int64 or TensorElementType.Int32) || meta.Dimensions.Length != 2)
                throw new EvaluationException($"Model \"{modelId}\" input \"{name}\" is {InputBinder.Signature(meta)}, but {gives}.",
                    "Export the model with integer token inputs shaped [batch, sequence], as Hugging Face exports do.");
        }
        if (!inputs.ContainsKey(InputIds))
            throw new EvaluationException($"Model \"{modelId}\" has no \"{InputIds}\" input (its inputs: {string.Join(", ", inputs.Keys.Select(k => $"\"{k}\""))}), so the texts' tokens have nowhere to go.",
                "Evaluate a text model exported with an input_ids input, or give the dataset \"inputs\" as arrays.");
        var length = SequenceLength(inputs, texts, modelId);
        var fixedBatch = inputs.Values.Select(m => m.Dimensions[0]).FirstOrDefault(d => d > 0);
        var bound = inputs.Select(p => p.Value.ElementDataType == TensorElementType.Int64
            ? Of(p.Key, texts.For<long>(length))
            : Of(p.Key, texts.For<int>(length))).ToList();
        return (bound, fixedBatch > 0 ? fixedBatch : preferredBatch, fixedBatch > 0);
    }

    static BoundInput Of<T>(string name, TokenArrays<T> arrays) where T : unmanaged, System.Numerics.IBinaryInteger<T>
    {
        var array = name switch { InputIds => arrays.Ids, AttentionMask => arrays.Mask, _ => arrays.Types };
        return BoundInput.Of<T>(name, [arrays.Length], (rows, cancellationToken) => arrays.UpTo(array, rows, cancellationToken));
    }

    /// <summary>The model's fixed sequence length (every input must agree), else the spec's.</summary>
    static int SequenceLength(IReadOnlyDictionary<string, NodeMetadata> inputs, TokenizedTexts texts, string modelId)
    {
        var fixedLengths = inputs.Values.Select(m => m.Dimensions[1]).Where(d => d > 0).Distinct().ToList();
        if (fixedLengths.Count > 1)
            throw new EvaluationException($"Model \"{modelId}\" fixes different sequence lengths on its inputs ({string.Join(", ", inputs.Select(p => $"\"{p.Key}\" {InputBinder.Signature(p.Value)}"))}).",
                "Export the model with one sequence length for all its token inputs.");
        if (fixedLengths.Count == 0) return texts.Length;
        if (fixedLengths[0] < 3)
            throw new EvaluationException($"Model \"{modelId}\" fixes its sequence length at {fixedLengths[0]}, too short for [CLS], a token and [SEP].",
                "Export the model with a longer (or dynamic) sequence dimension.");
        return fixedLengths[0];
    }
}

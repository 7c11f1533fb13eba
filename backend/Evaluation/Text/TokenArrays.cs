// input_ids, attention_mask and token_type_ids of a text dataset at one sequence length, filled by a background
// tokenizer in chunks; a reader waits only until the rows it asks for are written. A text that does not fit
// (truncation off) fails the fill, and every reader then gets that error: the model fails and nothing is cached.
using System.Numerics;

namespace CompressCompare.Backend.Evaluation.Text;

internal sealed class TokenArrays<T> where T : unmanaged, IBinaryInteger<T>
{
    /// <summary>Rows per chunk: small enough that the first batch waits for little more than its own rows.</summary>
    const int ChunkRows = 64;

    readonly object _gate = new();
    int _rowsDone;
    Exception? _failure;

    TokenArrays(int rows, int length)
    {
        Length = length;
        Ids = new T[checked(rows * length)];
        Mask = new T[Ids.Length];
        Types = new T[Ids.Length];
    }

    public int Length { get; }
    public T[] Ids { get; }
    public T[] Mask { get; }
    public T[] Types { get; }
    public Task Completion { get; private set; } = Task.CompletedTask;

    public static TokenArrays<T> Start(TokenizedTexts texts, int length, CancellationToken cancellationToken)
    {
        var arrays = new TokenArrays<T>(texts.Texts.Length, length);
        arrays.Completion = Task.Run(() => arrays.Fill(texts, cancellationToken), CancellationToken.None);
        return arrays;
    }

    /// <summary><paramref name="array"/> (one of Ids, Mask, Types) once rows [0, <paramref name="rows"/>) are in it.</summary>
    public T[] UpTo(T[] array, int rows, CancellationToken cancellationToken)
    {
        lock (_gate)
        {
            while (_rowsDone < rows && _failure is null)
            {
                cancellationToken.ThrowIfCancellationRequested();
                Monitor.Wait(_gate, 50);
            }
            if (_rowsDone >= rows) return array;
            throw _failure is OperationCanceledException ? new OperationCanceledException(cancellationToken) : _failure!;
        }
    }

    void Fill(TokenizedTexts texts, CancellationToken cancellationToken)
    {
        try
        {
            var rows = texts.Texts.Length;
            for (var start = 0; start < rows; start += ChunkRows)
            {
                cancellationToken.ThrowIfCancellationRequested();
                var end = Math.Min(rows, start + ChunkRows);
                for (var row = start; row < end; row++)
                {
                    var at = row * Length;
                    if (!texts.Tokenizer.Write(texts.TokensOf(row), Ids.AsSpan(at, Length), Mask.AsSpan(at, Length), Types.AsSpan(at, Length), texts.Settings.Truncation))
                        throw new EvaluationException(
                            $"Text {row} ({texts.LineOf(row)} of {texts.Path}) has {texts.TokensOf(row).Count + 2} tokens with [CLS] and [SEP], more than the {Length} the model takes, and the dataset's text sets \"truncation\": false.",
                            $"Shorten that text, raise \"maxLength\" (the model allows up to its position count), or set \"truncation\": true to cut long texts as Hugging Face does.", texts.Path);
                }
                lock (_gate)
                {
                    _rowsDone = end;
                    Monitor.PulseAll(_gate);
                }
            }
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _failure = e is OperationCanceledException or EvaluationException ? e
                    : new EvaluationException($"Tokenizing {texts.Path} failed: {e.Message}", "Check the texts file and the tokenizer, then evaluate again.", texts.Path, e);
                Monitor.PulseAll(_gate);
            }
        }
    }
}

// Collects one model's module outputs batch by batch into one array per output, [instances, ...output shape],
// whichever runtime produced them, and hands them over as an ITensorSource for WeightProbe.Measure.
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Layers.Sources;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Layers.Activations;

internal sealed class ActivationRecorder(int instances, string modelId, string file)
{
    /// <summary>
    /// Floats one model's outputs may take (1 GiB): every compared model's are held at once, and a large sample of
    /// a convolutional model (Fashion-MNIST's CNN keeps ~31,000 floats per instance) would otherwise exhaust memory.
    /// </summary>
    public const long MaxFloatsPerModel = 1L << 28;

    long _allocated;

    sealed class Output(string module, long[] instanceShape, float[] values)
    {
        public string Module { get; } = module;
        public long[] InstanceShape { get; } = instanceShape;
        public float[] Values { get; } = values;
        public bool Usable { get; set; } = true;
    }

    readonly Dictionary<string, Output> _outputs = [];
    // Execution order: the runtimes report outputs as the forward pass produces them.
    readonly List<string> _order = [];

    /// <summary>
    /// Records rows [<paramref name="start"/>, start + <paramref name="count"/>) of output <paramref name="name"/>,
    /// whose values are shaped <paramref name="shape"/> = [count, ...]. An output that is not one row per instance, or
    /// whose row shape changes between batches, is a shape computation rather than an activation: it is dropped.
    /// </summary>
    public void Add(string name, string module, ReadOnlySpan<long> shape, ReadOnlySpan<float> values, int start, int count)
    {
        var batched = shape.Length >= 1 && shape[0] == count;
        var perInstance = 1L;
        foreach (var d in batched ? shape[1..] : []) perInstance *= d;
        if (!_outputs.TryGetValue(name, out var output))
        {
            output = new Output(module, batched ? shape[1..].ToArray() : [], batched ? Allocate(instances * perInstance) : [])
            {
                Usable = batched,
            };
            _outputs[name] = output;
            _order.Add(name);
        }
        if (!output.Usable) return;
        if (!batched || !shape[1..].SequenceEqual(output.InstanceShape) || values.Length != count * perInstance)
        {
            output.Usable = false;
            return;
        }
        values.CopyTo(output.Values.AsSpan(checked((int)(start * perInstance))));
    }

    float[] Allocate(long floats)
    {
        _allocated += floats;
        if (_allocated > MaxFloatsPerModel)
            throw new BackendException(RpcErrorCodes.InvalidRequest,
                $"Model \"{modelId}\"'s module outputs on {instances} instances take more than {MaxFloatsPerModel * sizeof(float) >> 30} GB, more than one model may hold.",
                new RpcErrorData
                {
                    File = file,
                    ModelId = modelId,
                    Hint = $"Ask for fewer instances: at most about {Math.Max(1, MaxFloatsPerModel / Math.Max(1, _allocated / instances))} for this model.",
                });
        return new float[floats];
    }

    /// <summary>Names the last output recorded (the model's result) <paramref name="name"/>, keeping its module.</summary>
    public void RenameLast(string name)
    {
        if (_order.Count == 0 || _outputs.ContainsKey(name)) return;
        _outputs.Remove(_order[^1], out var output);
        _outputs[name] = output!;
        _order[^1] = name;
    }

    public ITensorSource ToSource(string file) => new RecordedActivations(file,
        [.. _order.Select(n => (Name: n, Output: _outputs[n])).Where(o => o.Output.Usable)
            .Select(o => (new TensorInfo(o.Name, [instances, .. o.Output.InstanceShape], "float32", o.Output.Module), o.Output.Values))]);

    sealed class RecordedActivations(string file, IReadOnlyList<(TensorInfo Info, float[] Values)> outputs) : ITensorSource
    {
        readonly Dictionary<string, float[]> _values = outputs.ToDictionary(o => o.Info.Name, o => o.Values);

        public string File { get; } = file;
        public IReadOnlyList<TensorInfo> Tensors { get; } = [.. outputs.Select(o => o.Info)];
        public void Read(TensorInfo tensor, Span<float> destination) => _values[tensor.Name].CopyTo(destination);
        public void Dispose() { }
    }
}

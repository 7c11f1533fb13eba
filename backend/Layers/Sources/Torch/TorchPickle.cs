// A restricted unpickler for torch.save's data.pkl: it runs the pickle opcodes that build dicts, lists, tuples,
// scalars and tensors, and knows five callables by name (OrderedDict, _rebuild_tensor_v2, _rebuild_parameter and
// the typed storage classes). Nothing in the file is ever executed: any other global, REDUCE target or opcode is
// refused with a message naming what the file asked for, because a pickle that calls os.system is one REDUCE away.
using System.Buffers.Binary;
using System.Numerics;
using System.Text;

namespace CompressCompare.Backend.Layers.Sources.Torch;

/// <summary>A Python global the pickle named (module and name), allowed by <see cref="TorchPickle"/>.</summary>
public sealed record PickleGlobal(string Module, string Name)
{
    public override string ToString() => $"{Module}.{Name}";
}

/// <summary>A Python tuple.</summary>
public sealed record PickleTuple(object?[] Items);

/// <summary>A dict or OrderedDict, in insertion order.</summary>
public sealed class PickleDict
{
    public List<KeyValuePair<object?, object?>> Items { get; } = [];
}

/// <summary>One storage of the zip (the entry data/<c>Key</c>), holding <c>Count</c> elements of <c>DataType</c>.</summary>
public sealed record TorchStorage(string Key, string DataType, long Count);

/// <summary>A tensor as a view of a storage: element offset, sizes and strides in elements.</summary>
public sealed record TorchTensor(TorchStorage Storage, long Offset, long[] Shape, long[] Stride);

public static class TorchPickle
{
    /// <summary>Typed storage class names (as torch pickles them) and the safetensors dtype each decodes as.</summary>
    public static readonly IReadOnlyDictionary<string, string> StorageTypes = new Dictionary<string, string>
    {
        ["FloatStorage"] = "F32",
        ["HalfStorage"] = "F16",
        ["BFloat16Storage"] = "BF16",
        ["DoubleStorage"] = "F64",
        ["CharStorage"] = "I8",
        ["ByteStorage"] = "U8",
        ["ShortStorage"] = "I16",
        ["IntStorage"] = "I32",
        ["LongStorage"] = "I64",
        ["BoolStorage"] = "BOOL",
        ["Float8_e4m3fnStorage"] = "F8_E4M3",
        ["Float8_e5m2Storage"] = "F8_E5M2",
    };

    static readonly PickleGlobal OrderedDict = new("collections", "OrderedDict");
    static readonly PickleGlobal RebuildTensor = new("torch._utils", "_rebuild_tensor_v2");
    static readonly PickleGlobal RebuildParameter = new("torch._utils", "_rebuild_parameter");
    static readonly object Mark = new();

    /// <summary>Unpickles <paramref name="pickle"/>; throws InvalidDataException naming anything outside the allowed set.</summary>
    public static object? Load(ReadOnlySpan<byte> pickle)
    {
        var stack = new List<object?>();
        var marks = new Stack<int>();
        var memo = new Dictionary<long, object?>();
        var storages = new Dictionary<string, TorchStorage>();
        var at = 0;

        ReadOnlySpan<byte> Take(ReadOnlySpan<byte> all, long n)
        {
            if (n < 0 || n > all.Length - at) throw Invalid($"an opcode at byte {at} reads past the end of the pickle");
            var taken = all.Slice(at, (int)n);
            at += (int)n;
            return taken;
        }
        object? Pop()
        {
            if (stack.Count == 0 || stack[^1] == Mark) throw Invalid("an opcode pops an empty stack");
            var top = stack[^1];
            stack.RemoveAt(stack.Count - 1);
            return top;
        }
        List<object?> PopMark()
        {
            if (marks.Count == 0) throw Invalid("an opcode ends a MARK that was never set");
            var start = marks.Pop();
            var items = stack.GetRange(start + 1, stack.Count - start - 1);
            stack.RemoveRange(start, stack.Count - start);
            return items;
        }
        object? Top() => stack.Count == 0 ? throw Invalid("an opcode reads an empty stack") : stack[^1];

        while (true)
        {
            if (at >= pickle.Length) throw Invalid("it ends before its STOP opcode");
            var op = pickle[at++];
            switch (op)
            {
                case 0x80: Take(pickle, 1); break; // PROTO
                case 0x95: Take(pickle, 8); break; // FRAME: framing is a hint to buffered readers; we hold the whole pickle.
                case (byte)'.': return stack.Count == 1 ? stack[0] : throw Invalid("it stops with other than one object on its stack");
                case (byte)'(': marks.Push(stack.Count); stack.Add(Mark); break;
                case (byte)'}': stack.Add(new PickleDict()); break;
                case (byte)']': stack.Add(new List<object?>()); break;
                case (byte)')': stack.Add(new PickleTuple([])); break;
                case (byte)'t': stack.Add(new PickleTuple([.. PopMark()])); break;
                case 0x85: stack.Add(new PickleTuple([Pop()])); break;
                case 0x86: { var b = Pop(); var a = Pop(); stack.Add(new PickleTuple([a, b])); break; }
                case 0x87: { var c = Pop(); var b = Pop(); var a = Pop(); stack.Add(new PickleTuple([a, b, c])); break; }
                case (byte)'X': stack.Add(Text(Take(pickle, BinaryPrimitives.ReadUInt32LittleEndian(Take(pickle, 4))))); break;
                case 0x8c: stack.Add(Text(Take(pickle, Take(pickle, 1)[0]))); break;
                case 0x8d: stack.Add(Text(Take(pickle, BinaryPrimitives.ReadInt64LittleEndian(Take(pickle, 8))))); break;
                case (byte)'T': stack.Add(Latin1(Take(pickle, BinaryPrimitives.ReadInt32LittleEndian(Take(pickle, 4))))); break;
                case (byte)'U': stack.Add(Latin1(Take(pickle, Take(pickle, 1)[0]))); break;
                case (byte)'B': stack.Add(Take(pickle, BinaryPrimitives.ReadUInt32LittleEndian(Take(pickle, 4))).ToArray()); break;
                case (byte)'C': stack.Add(Take(pickle, Take(pickle, 1)[0]).ToArray()); break;
                case (byte)'J': stack.Add((long)BinaryPrimitives.ReadInt32LittleEndian(Take(pickle, 4))); break;
                case (byte)'K': stack.Add((long)Take(pickle, 1)[0]); break;
                case (byte)'M': stack.Add((long)BinaryPrimitives.ReadUInt16LittleEndian(Take(pickle, 2))); break;
                case 0x8a: stack.Add(Long(Take(pickle, Take(pickle, 1)[0]))); break;
                case (byte)'G': stack.Add(BinaryPrimitives.ReadDoubleBigEndian(Take(pickle, 8))); break;
                case (byte)'N': stack.Add(null); break;
                case 0x88: stack.Add(true); break;
                case 0x89: stack.Add(false); break;
                case (byte)'q': memo[Take(pickle, 1)[0]] = Top(); break;
                case (byte)'r': memo[BinaryPrimitives.ReadUInt32LittleEndian(Take(pickle, 4))] = Top(); break;
                case 0x94: memo[memo.Count] = Top(); break;
                case (byte)'h': stack.Add(Get(memo, Take(pickle, 1)[0])); break;
                case (byte)'j': stack.Add(Get(memo, BinaryPrimitives.ReadUInt32LittleEndian(Take(pickle, 4)))); break;
                case (byte)'0': Pop(); break;
                case (byte)'1': PopMark(); break;
                case (byte)'2': stack.Add(Top()); break;
                case (byte)'c':
                    {
                        var module = Line(pickle, ref at);
                        stack.Add(Allowed(module, Line(pickle, ref at)));
                        break;
                    }
                case 0x93:
                    {
                        var name = Pop() as string;
                        var module = Pop() as string;
                        stack.Add(module is null || name is null ? throw Invalid("STACK_GLOBAL names a global with other than two strings") : Allowed(module, name));
                        break;
                    }
                case (byte)'R': { var args = Pop(); var callable = Pop(); stack.Add(Reduce(callable, args)); break; }
                case (byte)'b':
                    {
                        // An OrderedDict's attributes (state_dict's _metadata of module versions): nothing the probe needs.
                        Pop();
                        if (Top() is not PickleDict) throw Invalid($"BUILD sets the state of a {Describe(Top())}, not of a dict");
                        break;
                    }
                case (byte)'Q': stack.Add(Storage(Pop(), storages)); break;
                case (byte)'s': { var value = Pop(); var key = Pop(); DictOf(Top()).Items.Add(new(key, value)); break; }
                case (byte)'u':
                    {
                        var items = PopMark();
                        if (items.Count % 2 != 0) throw Invalid("SETITEMS has a key without a value");
                        var dict = DictOf(Top());
                        for (var i = 0; i < items.Count; i += 2) dict.Items.Add(new(items[i], items[i + 1]));
                        break;
                    }
                case (byte)'a': { var value = Pop(); ListOf(Top()).Add(value); break; }
                case (byte)'e': { var items = PopMark(); ListOf(Top()).AddRange(items); break; }
                default:
                    throw Invalid($"it uses pickle opcode 0x{op:x2} ('{(op is >= 0x20 and < 0x7f ? (char)op : '?')}') at byte {at - 1}, which a state dict does not need");
            }
        }
    }

    static object? Get(Dictionary<long, object?> memo, long key) =>
        memo.TryGetValue(key, out var value) ? value : throw Invalid($"it reads memo entry {key}, which was never stored");

    static string Line(ReadOnlySpan<byte> pickle, ref int at)
    {
        var end = pickle[at..].IndexOf((byte)'\n');
        if (end < 0) throw Invalid("a GLOBAL opcode's name has no end of line");
        var text = Encoding.ASCII.GetString(pickle.Slice(at, end));
        at += end + 1;
        return text;
    }

    static PickleGlobal Allowed(string module, string name)
    {
        var global = new PickleGlobal(module, name);
        if (global == OrderedDict || global == RebuildTensor || global == RebuildParameter || (module == "torch" && StorageTypes.ContainsKey(name)))
            return global;
        throw Refused($"it asks for the Python global {Models.Names.Short(module)}.{Models.Names.Short(name)}");
    }

    static object Reduce(object? callable, object? args)
    {
        if (args is not PickleTuple { Items: var a }) throw Invalid($"REDUCE calls with a {Describe(args)} instead of a tuple of arguments");
        if (OrderedDict.Equals(callable) && a.Length == 0) return new PickleDict();
        if (RebuildParameter.Equals(callable) && a.Length >= 1 && a[0] is TorchTensor parameter) return parameter;
        if (RebuildTensor.Equals(callable) && a.Length >= 4 && a[0] is TorchStorage storage && a[1] is long offset
            && a[2] is PickleTuple size && a[3] is PickleTuple stride && size.Items.Length == stride.Items.Length)
            return new TorchTensor(storage, offset, Longs(size), Longs(stride));
        throw Refused($"it asks to call {Describe(callable)} with {a.Length} argument{(a.Length == 1 ? "" : "s")}");
    }

    static TorchStorage Storage(object? pid, Dictionary<string, TorchStorage> storages)
    {
        // torch.save's persistent id: ('storage', storage class, key, location, element count).
        if (pid is not PickleTuple { Items: ["storage", PickleGlobal type, string key, string, long count] }
            || type.Module != "torch" || !StorageTypes.TryGetValue(type.Name, out var dtype) || count < 0)
            throw Refused($"it refers to a persistent object {Describe(pid)} that is not one of torch's typed storages");
        if (key.Length == 0 || key.Contains('/') || key.Contains('\\') || key.Contains(".."))
            throw Invalid($"storage key \"{Models.Names.Short(key)}\" is not a file name");
        // A storage pickled twice (two views of one tensor) is the same bytes: share one record.
        if (storages.TryGetValue(key, out var known))
            return known.DataType == dtype && known.Count == count ? known : throw Invalid($"storage {key} is declared twice with different types or sizes");
        return storages[key] = new TorchStorage(key, dtype, count);
    }

    static long[] Longs(PickleTuple tuple) =>
        [.. tuple.Items.Select(item => item is long value ? value : throw Invalid($"a tensor's size or stride holds a {Describe(item)}"))];

    static PickleDict DictOf(object? value) => value as PickleDict ?? throw Invalid($"SETITEM stores into a {Describe(value)}, not a dict");
    static List<object?> ListOf(object? value) => value as List<object?> ?? throw Invalid($"APPEND adds to a {Describe(value)}, not a list");

    static string Text(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw Invalid("a string is not valid UTF-8");
        }
    }

    static string Latin1(ReadOnlySpan<byte> bytes) => Encoding.Latin1.GetString(bytes);

    static object Long(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 8) throw Invalid($"an integer of {bytes.Length} bytes is larger than a tensor size can be");
        var value = new BigInteger(bytes, isUnsigned: false, isBigEndian: false);
        return (long)value;
    }

    static string Describe(object? value) => value switch
    {
        null => "None",
        PickleGlobal g => Models.Names.Short(g.ToString()),
        PickleTuple t => $"tuple of {t.Items.Length}",
        PickleDict => "dict",
        List<object?> => "list",
        TorchTensor => "tensor",
        TorchStorage => "storage",
        string s => $"string \"{Models.Names.Short(s)}\"",
        _ => value.GetType().Name,
    };

    static InvalidDataException Invalid(string problem) => new($"its pickle is damaged: {problem}");

    /// <summary>A well-formed pickle that asks for more than tensors and dicts: a code-running file, or not a state dict.</summary>
    static InvalidDataException Refused(string problem) =>
        new($"{problem}, and the probe reads only tensors, dicts, lists and plain values without running pickled code");
}

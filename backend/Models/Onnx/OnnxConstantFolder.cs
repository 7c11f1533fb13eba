// Evaluates the few ONNX operators that turn stored codes into weights (DequantizeLinear, Cast, Gather,
// Reshape, integer Div/Mod for unpacking sub-byte indices, ...) when all their inputs are constants.
// This is how the reader recovers the float weights behind our int8 and palette encodings, and behind the
// same patterns in third-party exports, without running the model. Semantics follow the ONNX operator spec;
// an operator variant not handled here returns null, so the node simply counts as a compute node.
using CompressCompare.Backend.Models.Onnx.Proto;

namespace CompressCompare.Backend.Models.Onnx;

internal static class OnnxConstantFolder
{
    static readonly HashSet<string> Foldable =
    [
        "Identity", "Cast", "Reshape", "Unsqueeze", "Squeeze", "Flatten", "Transpose", "Gather", "Slice", "Concat",
        "Add", "Sub", "Mul", "Div", "Mod", "DequantizeLinear",
    ];

    public static bool CanFold(NodeProto node) =>
        Foldable.Contains(node.OpType) && OnnxGraphScopes.IsDefaultDomain(node.Domain) && node.Output.Count == 1;

    public static OnnxFoldedTensor? TryFold(NodeProto node, IReadOnlyList<OnnxFoldedTensor?> inputs) => TryFold(node, inputs, OnnxDecodeBudget.Unnamed());

    /// <param name="inputs">Aligned with node.Input; null where an optional input is omitted ("").</param>
    /// <param name="budget">Charged for every array a fold allocates (results and index maps), before allocating it.</param>
    public static OnnxFoldedTensor? TryFold(NodeProto node, IReadOnlyList<OnnxFoldedTensor?> inputs, OnnxDecodeBudget budget)
    {
        var x = inputs.Count > 0 ? inputs[0] : null;
        if (x is null) return null;
        OnnxFoldedTensor? In(int i) => i < inputs.Count ? inputs[i] : null;
        return node.OpType switch
        {
            "Identity" => x,
            "Cast" => Cast(x, (OnnxDataType)Int(node, "to", 0), budget),
            "Reshape" => In(1) is { Ints: { } shape } ? Reshape(x, shape, Int(node, "allowzero", 0) != 0) : null,
            "Unsqueeze" => Axes(node, In(1)) is { } ua ? Unsqueeze(x, ua) : null,
            "Squeeze" => Squeeze(x, Axes(node, In(1))),
            "Flatten" => Flatten(x, Int(node, "axis", 1)),
            "Transpose" => Transpose(x, Ints(node, "perm"), budget),
            "Gather" => In(1) is { Ints: { } idx } indices ? Gather(x, indices.Shape, idx, Int(node, "axis", 0), budget) : null,
            "Slice" => Slice(node, x, In(1), In(2), In(3), In(4), budget),
            "Concat" => inputs.All(i => i is not null) ? Concat(inputs!, Int(node, "axis", 0), budget) : null,
            "Add" or "Sub" or "Mul" or "Div" or "Mod" => In(1) is { } y ? Arithmetic(node.OpType, x, y, Int(node, "fmod", 0) != 0, budget) : null,
            "DequantizeLinear" => In(1) is { IsFloat: true } scale ? Dequantize(x, scale, In(2), Int(node, "axis", 1), budget) : null,
            _ => null,
        };
    }

    static long Int(NodeProto node, string name, long fallback) =>
        node.Attribute.FirstOrDefault(a => a.Name == name) is { } a ? a.I : fallback;

    static long[]? Ints(NodeProto node, string name) =>
        node.Attribute.FirstOrDefault(a => a.Name == name) is { } a ? [.. a.Ints] : null;

    /// <summary>Before opset 13 axes were an attribute, since then an input.</summary>
    static long[]? Axes(NodeProto node, OnnxFoldedTensor? input) => Ints(node, "axes") ?? input?.Ints;

    static long Normalize(long axis, int rank) => axis < 0 ? axis + rank : axis;

    static OnnxFoldedTensor? Cast(OnnxFoldedTensor x, OnnxDataType to, OnnxDecodeBudget budget)
    {
        if (!to.IsDecodable()) return null;
        if (to.IsFloatingPoint())
        {
            var values = budget.Floats(x.Count, "Cast");
            for (var i = 0; i < values.Length; i++)
                values[i] = to == OnnxDataType.Float16 ? (float)(Half)x[i] : (float)x[i];
            return OnnxFoldedTensor.OfFloats(to, x.Shape, values);
        }
        var ints = budget.Longs(x.Count, "Cast");
        for (var i = 0; i < ints.Length; i++)
            ints[i] = Wrap(x.Floats is { } f ? (long)Math.Truncate((double)f[i]) : x.Ints![i], to);
        return OnnxFoldedTensor.OfInts(to, x.Shape, ints);
    }

    /// <summary>What a C cast to the narrower integer type does (ONNX Cast wraps, it does not saturate).</summary>
    static long Wrap(long v, OnnxDataType type) => type switch
    {
        OnnxDataType.Int8 => (sbyte)v,
        OnnxDataType.UInt8 => (byte)v,
        OnnxDataType.Int16 => (short)v,
        OnnxDataType.UInt16 => (ushort)v,
        OnnxDataType.Int32 => (int)v,
        OnnxDataType.UInt32 => (uint)v,
        OnnxDataType.Bool => v != 0 ? 1 : 0,
        _ => v,
    };

    static OnnxFoldedTensor? Reshape(OnnxFoldedTensor x, long[] requested, bool allowZero)
    {
        var shape = new long[requested.Length];
        var inferred = -1;
        for (var i = 0; i < shape.Length; i++)
        {
            shape[i] = requested[i] == 0 && !allowZero ? (i < x.Shape.Length ? x.Shape[i] : -2) : requested[i];
            if (shape[i] == -1) { if (inferred >= 0) return null; inferred = i; }
            else if (shape[i] < 0) return null;
        }
        if (inferred >= 0)
        {
            var known = OnnxFoldedTensor.Product(shape.Where((_, i) => i != inferred));
            if (known == 0 || x.Count % known != 0) return null;
            shape[inferred] = x.Count / known;
        }
        return OnnxFoldedTensor.Product(shape) == x.Count ? x.WithShape(shape) : null;
    }

    static OnnxFoldedTensor Unsqueeze(OnnxFoldedTensor x, long[] axes)
    {
        var rank = x.Shape.Length + axes.Length;
        var inserted = axes.Select(a => Normalize(a, rank)).ToHashSet();
        var shape = new long[rank];
        for (int i = 0, j = 0; i < rank; i++) shape[i] = inserted.Contains(i) ? 1 : x.Shape[j++];
        return x.WithShape(shape);
    }

    static OnnxFoldedTensor Squeeze(OnnxFoldedTensor x, long[]? axes)
    {
        var removed = axes?.Select(a => Normalize(a, x.Shape.Length)).ToHashSet();
        var shape = x.Shape.Where((d, i) => removed is null ? d != 1 : !removed.Contains(i)).ToArray();
        return x.WithShape(shape);
    }

    static OnnxFoldedTensor Flatten(OnnxFoldedTensor x, long axis)
    {
        axis = Normalize(axis, x.Shape.Length);
        var outer = OnnxFoldedTensor.Product(x.Shape.Take((int)axis));
        return x.WithShape([outer, x.Count / Math.Max(outer, 1)]);
    }

    static OnnxFoldedTensor Transpose(OnnxFoldedTensor x, long[]? perm, OnnxDecodeBudget budget)
    {
        var rank = x.Shape.Length;
        perm ??= Enumerable.Range(0, rank).Reverse().Select(i => (long)i).ToArray();
        var inStrides = Strides(x.Shape);
        var shape = perm.Select(p => x.Shape[p]).ToArray();
        var strides = perm.Select(p => inStrides[p]).ToArray();
        return x.Take(shape, Map(shape, strides, 0, budget), budget);
    }

    static OnnxFoldedTensor? Gather(OnnxFoldedTensor data, long[] indexShape, long[] indices, long axis, OnnxDecodeBudget budget)
    {
        axis = Normalize(axis, data.Shape.Length);
        var dim = data.Shape[axis];
        var outer = OnnxFoldedTensor.Product(data.Shape.Take((int)axis));
        var inner = OnnxFoldedTensor.Product(data.Shape.Skip((int)axis + 1));
        var source = budget.Ints(OnnxFoldedTensor.Product([outer, indices.Length, inner]), "Gather");
        var k = 0;
        for (long o = 0; o < outer; o++)
            foreach (var raw in indices)
            {
                var index = raw < 0 ? raw + dim : raw;
                if (index < 0 || index >= dim) return null; // ONNX Runtime would reject the model too
                for (long e = 0; e < inner; e++) source[k++] = (int)((o * dim + index) * inner + e);
            }
        long[] shape = [.. data.Shape.Take((int)axis), .. indexShape, .. data.Shape.Skip((int)axis + 1)];
        return data.Take(shape, source, budget);
    }

    static OnnxFoldedTensor? Slice(NodeProto node, OnnxFoldedTensor x, OnnxFoldedTensor? starts, OnnxFoldedTensor? ends, OnnxFoldedTensor? axesIn, OnnxFoldedTensor? stepsIn, OnnxDecodeBudget budget)
    {
        // Opset < 10 passes starts/ends/axes as attributes, later opsets as inputs.
        var s = Ints(node, "starts") ?? starts?.Ints;
        var e = Ints(node, "ends") ?? ends?.Ints;
        if (s is null || e is null || s.Length != e.Length) return null;
        var axes = Ints(node, "axes") ?? axesIn?.Ints ?? Enumerable.Range(0, s.Length).Select(i => (long)i).ToArray();
        var steps = stepsIn?.Ints ?? Enumerable.Repeat(1L, s.Length).ToArray();
        var rank = x.Shape.Length;
        var inStrides = Strides(x.Shape);
        var shape = (long[])x.Shape.Clone();
        var strides = (long[])inStrides.Clone();
        long offset = 0;
        for (var i = 0; i < s.Length; i++)
        {
            var axis = (int)Normalize(axes[i], rank);
            long dim = x.Shape[axis], step = steps[i];
            if (step == 0) return null;
            long start = s[i] < 0 ? s[i] + dim : s[i], end = e[i] < 0 ? e[i] + dim : e[i];
            long count;
            if (step > 0)
            {
                start = Math.Clamp(start, 0, dim);
                end = Math.Clamp(end, 0, dim);
                count = Math.Max(0, (end - start + step - 1) / step);
            }
            else
            {
                start = Math.Clamp(start, 0, dim - 1);
                end = Math.Clamp(end, -1, dim - 1);
                count = Math.Max(0, (start - end - step - 1) / -step);
            }
            shape[axis] = count;
            strides[axis] = inStrides[axis] * step;
            offset += start * inStrides[axis];
        }
        return x.Take(shape, Map(shape, strides, offset, budget), budget);
    }

    /// <summary>PyTorch's exporter reorders LSTM/GRU gate weights with Slice + Concat; folding both recovers the weights LSTM sees.</summary>
    static OnnxFoldedTensor? Concat(IReadOnlyList<OnnxFoldedTensor?> parts, long axis, OnnxDecodeBudget budget)
    {
        var first = parts[0]!;
        var rank = first.Shape.Length;
        axis = Normalize(axis, rank);
        if (axis < 0 || axis >= rank || parts.Any(p => p!.IsFloat != first.IsFloat || p.Shape.Length != rank
                || p.Shape.Where((d, i) => i != axis && d != first.Shape[i]).Any()))
            return null;
        var outer = OnnxFoldedTensor.Product(first.Shape.Take((int)axis));
        var shape = (long[])first.Shape.Clone();
        shape[axis] = parts.Sum(p => p!.Shape[axis]);
        // Copy, per outer index, each part's contiguous block in turn.
        var floats = first.IsFloat ? budget.Floats(OnnxFoldedTensor.Product(shape), "Concat") : null;
        var ints = first.IsFloat ? null : budget.Longs(OnnxFoldedTensor.Product(shape), "Concat");
        var k = 0;
        for (long o = 0; o < outer; o++)
            foreach (var part in parts)
            {
                var block = (int)(part!.Count / Math.Max(outer, 1));
                if (floats is not null) Array.Copy(part.Floats!, o * block, floats, k, block);
                else Array.Copy(part.Ints!, o * block, ints!, k, block);
                k += block;
            }
        return floats is not null ? OnnxFoldedTensor.OfFloats(first.Type, shape, floats) : OnnxFoldedTensor.OfInts(first.Type, shape, ints!);
    }

    static OnnxFoldedTensor? Arithmetic(string op, OnnxFoldedTensor a, OnnxFoldedTensor b, bool fmod, OnnxDecodeBudget budget)
    {
        if (Broadcast(a.Shape, b.Shape, budget) is not var (shape, ia, ib)) return null;
        if (a.IsFloat || b.IsFloat)
        {
            var values = budget.Floats(ia.Length, op);
            for (var i = 0; i < values.Length; i++)
            {
                float x = (float)a[ia[i]], y = (float)b[ib[i]];
                values[i] = op switch { "Add" => x + y, "Sub" => x - y, "Mul" => x * y, "Div" => x / y, _ => x % y };
            }
            return OnnxFoldedTensor.OfFloats(a.IsFloat ? a.Type : b.Type, shape, values);
        }
        var ints = budget.Longs(ia.Length, op);
        for (var i = 0; i < ints.Length; i++)
        {
            long x = a.Ints![ia[i]], y = b.Ints![ib[i]];
            if (y == 0 && op is "Div" or "Mod") return null;
            ints[i] = Wrap(op switch
            {
                "Add" => x + y,
                "Sub" => x - y,
                "Mul" => x * y,
                "Div" => x / y, // truncates toward zero, as ONNX Runtime's integer Div does
                _ => fmod ? x % y : FloorMod(x, y),
            }, a.Type);
        }
        return OnnxFoldedTensor.OfInts(a.Type, shape, ints);
    }

    /// <summary>Integer Mod with fmod = 0: the result takes the divisor's sign (like Python's %).</summary>
    static long FloorMod(long x, long y)
    {
        var r = x % y;
        return r != 0 && (r < 0) != (y < 0) ? r + y : r;
    }

    static OnnxFoldedTensor? Dequantize(OnnxFoldedTensor x, OnnxFoldedTensor scale, OnnxFoldedTensor? zeroPoint, long axis, OnnxDecodeBudget budget)
    {
        if (x.Ints is not { } q) return null;
        var values = budget.Floats(q.Length, "DequantizeLinear");
        if (scale.Count == 1)
        {
            float s = scale.Floats![0], z = zeroPoint is null ? 0 : (float)zeroPoint[0];
            for (var i = 0; i < q.Length; i++) values[i] = (q[i] - z) * s;
        }
        else
        {
            // Per-axis: a 1-D scale along `axis`. Blocked quantization (opset 21, scale of x's rank) is not folded.
            if (scale.Shape.Length != 1) return null;
            axis = Normalize(axis, x.Shape.Length);
            if (axis < 0 || axis >= x.Shape.Length || x.Shape[axis] != scale.Count) return null;
            var inner = OnnxFoldedTensor.Product(x.Shape.Skip((int)axis + 1));
            for (var i = 0; i < q.Length; i++)
            {
                var c = (int)(i / inner % scale.Count);
                var z = zeroPoint is null ? 0 : (float)zeroPoint[c];
                values[i] = (q[i] - z) * scale.Floats![c];
            }
        }
        return OnnxFoldedTensor.OfFloats(scale.Type, x.Shape, values);
    }

    static long[] Strides(long[] shape)
    {
        var strides = new long[shape.Length];
        long s = 1;
        for (var i = shape.Length - 1; i >= 0; i--) { strides[i] = s; s *= shape[i]; }
        return strides;
    }

    /// <summary>numpy-style broadcasting: the output shape and, per output element, the element of a and of b.</summary>
    static (long[] Shape, int[] A, int[] B)? Broadcast(long[] a, long[] b, OnnxDecodeBudget budget)
    {
        var rank = Math.Max(a.Length, b.Length);
        var shape = new long[rank];
        long[] sa = new long[rank], sb = new long[rank], stridesA = Strides(a), stridesB = Strides(b);
        for (var k = 0; k < rank; k++)
        {
            int ka = k - (rank - a.Length), kb = k - (rank - b.Length);
            long da = ka >= 0 ? a[ka] : 1, db = kb >= 0 ? b[kb] : 1;
            if (da != db && da != 1 && db != 1) return null;
            shape[k] = da == 1 ? db : da;
            sa[k] = ka >= 0 && da == shape[k] ? stridesA[ka] : 0;
            sb[k] = kb >= 0 && db == shape[k] ? stridesB[kb] : 0;
        }
        return (shape, Map(shape, sa, 0, budget), Map(shape, sb, 0, budget));
    }

    /// <summary>For each element of an output of `shape` (row-major), the source offset: offset + Σ coord·stride.</summary>
    static int[] Map(long[] shape, long[] strides, long offset, OnnxDecodeBudget budget)
    {
        var map = budget.Ints(OnnxFoldedTensor.Product(shape), "an index map");
        var coord = new long[shape.Length];
        var current = offset;
        for (var i = 0; i < map.Length; i++)
        {
            map[i] = (int)current;
            for (var axis = shape.Length - 1; axis >= 0; axis--)
            {
                coord[axis]++;
                current += strides[axis];
                if (coord[axis] < shape[axis]) break;
                current -= strides[axis] * shape[axis];
                coord[axis] = 0;
            }
        }
        return map;
    }
}

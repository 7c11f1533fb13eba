// Writes contract.json: the JSON Schema of every message in RpcMethods, from the C# records themselves,
// with the same serializer options as the RPC formatter, so the TypeScript side is generated, not mirrored.
using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Protocol;

public static class ContractExporter
{
    static readonly JsonSerializerOptions WireOptions = CreateReadOnlyWireOptions();

    static JsonSerializerOptions CreateReadOnlyWireOptions()
    {
        var options = WireJson.CreateOptions();
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    /// <summary>The contract document, indented, with a trailing newline.</summary>
    public static string Export()
    {
        var docs = XmlDocs.Load(typeof(ContractExporter).Assembly);
        var types = CollectTypes(RpcMethods.All.SelectMany(m => new[] { m.Params, m.Result }).OfType<Type>().Concat(RpcMethods.ErrorTypes));
        // What the backend writes: results, error data and notifications. Their non-nullable fields are always present.
        var written = CollectTypes(RpcMethods.All.Select(m => m.IsNotification ? m.Params : m.Result).OfType<Type>().Concat(RpcMethods.ErrorTypes));
        var definitions = new JsonObject();
        foreach (var type in types.OrderBy(t => t.Name, StringComparer.Ordinal))
            definitions[type.Name] = type.IsEnum ? EnumSchemaOf(type, docs) : SchemaOf(type, types, written.Contains(type), docs);

        var methods = new JsonArray();
        foreach (var method in RpcMethods.All)
        {
            methods.Add(new JsonObject
            {
                ["name"] = method.Name,
                ["params"] = method.Params.Name,
                ["result"] = method.Result?.Name,
                ["description"] = method.Description,
            });
        }

        var root = new JsonObject
        {
            ["$schema"] = "http://json-schema.org/draft-07/schema#",
            ["title"] = "Compress & Compare protocol",
            ["description"] = "Generated from protocol/*.cs by `dotnet run --project backend -- contract`; do not edit.",
            ["protocolVersion"] = RpcMethods.ProtocolVersion,
            ["methods"] = methods,
            ["definitions"] = definitions,
            ["constants"] = ContractConstants.Export(docs),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }).ReplaceLineEndings("\n") + "\n";
    }

    /// <summary>Every protocol record and enum reachable from the given types.</summary>
    static HashSet<Type> CollectTypes(IEnumerable<Type> roots)
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(roots);
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!IsProtocolType(type) || !found.Add(type) || type.IsEnum) continue;
            foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
                foreach (var inner in Unwrap(property.PropertyType))
                    pending.Push(inner);
        }
        return found;
    }

    static IEnumerable<Type> Unwrap(Type type)
    {
        yield return Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsGenericType)
            foreach (var argument in type.GetGenericArguments())
                foreach (var inner in Unwrap(argument))
                    yield return inner;
    }

    static bool IsProtocolType(Type type) =>
        type.Assembly == typeof(ContractExporter).Assembly && (type.IsClass && !type.IsAbstract || type.IsEnum);

    /// <summary>An enum as the strings its WireEnumConverter reads and writes, so TypeScript gets a union of literals.</summary>
    static JsonObject EnumSchemaOf(Type type, XmlDocs docs)
    {
        var schema = new JsonObject { ["title"] = type.Name };
        if (docs.Summary(type) is { } description) schema["description"] = description;
        schema["type"] = "string";
        schema["enum"] = new JsonArray([.. WireEnum.Members(type).Select(m => JsonValue.Create(m.Name))]);
        return schema;
    }

    static JsonObject OrNull(JsonNode schema) => new() { ["oneOf"] = new JsonArray(schema, new JsonObject { ["type"] = "null" }) };

    /// <summary>Whether a property's schema admits null (a nullable scalar, or a nullable reference widened by oneOf).</summary>
    static bool AdmitsNull(JsonNode? node) =>
        IsNullable(node!) || node is JsonObject { } obj && obj["oneOf"] is JsonArray options && options.Any(o => o is JsonObject { } option && option["type"]?.GetValue<string>() == "null");

    static bool HoldsJsonElements(Type type) =>
        type.IsGenericType && type.GetGenericArguments().LastOrDefault() == typeof(JsonElement);

    static JsonObject ScalarSchema() => new() { ["type"] = new JsonArray("string", "number", "boolean", "null") };

    static bool IsNullable(JsonNode node) =>
        node is JsonObject obj && obj["type"] is JsonArray types && types.Any(x => x?.GetValue<string>() == "null");

    static readonly NullabilityInfoContext Nullability = new();

    /// <summary>
    /// A list of nullable records or strings (<c>IReadOnlyList&lt;T?&gt;</c>, "null where that model lacks it") keeps its
    /// nulls: the exporter only sees the element's CLR type, so the annotation is read here and the item schema widened.
    /// </summary>
    static void AllowNullItems(JsonObject list, PropertyInfo property)
    {
        if (list["items"] is not JsonObject { } items) return;
        var scalar = items["type"] is JsonValue type && type.GetValueKind() == System.Text.Json.JsonValueKind.String ? type.GetValue<string>() : null;
        if (!items.ContainsKey("$ref") && scalar is null) return;
        var arguments = Nullability.Create(property).GenericTypeArguments;
        if (arguments.Length != 1 || arguments[0].ReadState != NullabilityState.Nullable) return;
        if (scalar is not null) items["type"] = new JsonArray(scalar, "null");
        else list["items"] = new JsonObject { ["oneOf"] = new JsonArray(items.DeepClone(), new JsonObject { ["type"] = "null" }) };
    }

    // `written`: whether the backend writes this type. Then every non-nullable property is required, because the wire
    // options never leave a property out; in a type only the client writes, only C# `required` ones are.
    static JsonNode SchemaOf(Type type, HashSet<Type> known, bool written, XmlDocs docs)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var t = context.TypeInfo.Type;
                var underlying = Nullable.GetUnderlyingType(t);
                // Nested protocol records and enums become bare references, so each is one named TypeScript type
                // (a $ref with sibling keywords would make json-schema-to-typescript emit a copy).
                if (context.Path.Length > 0 && known.Contains(underlying ?? t))
                {
                    var reference = new JsonObject { ["$ref"] = $"#/definitions/{(underlying ?? t).Name}" };
                    return IsNullable(node) || underlying is not null ? OrNull(reference) : reference;
                }
                // Parameter values are whatever scalar the spec holds; say so rather than "anything"
                // (the exporter gives JsonElement the schema `true`, which the TypeScript side reads as `{}`).
                if (node is JsonObject container && HoldsJsonElements(t))
                    container[t.GetGenericArguments().Length == 2 ? "additionalProperties" : "items"] = ScalarSchema();
                if (node is JsonObject list && context.PropertyInfo?.AttributeProvider is PropertyInfo listProperty)
                    AllowNullItems(list, listProperty);
                if (node is JsonObject obj && context.PropertyInfo?.AttributeProvider is PropertyInfo property &&
                    docs.Summary(property) is { } description)
                    obj.Insert(0, "description", description);
                return node;
            },
        };
        var schema = WireOptions.GetJsonSchemaAsNode(type, exporterOptions).AsObject();
        schema.Insert(0, "title", type.Name);
        if (docs.Summary(type) is { } typeDescription) schema.Insert(1, "description", typeDescription);
        if (written && schema["properties"] is JsonObject properties)
        {
            var declared = (schema["required"] as JsonArray ?? []).Select(n => n!.GetValue<string>()).ToHashSet();
            // In declaration order, like the properties, so the contract reads in the records' order.
            var required = properties.Where(p => declared.Contains(p.Key) || !AdmitsNull(p.Value)).Select(p => JsonValue.Create(p.Key)).ToArray();
            if (required.Length > 0) schema["required"] = new JsonArray(required);
        }
        schema["additionalProperties"] = false;
        return schema;
    }
}

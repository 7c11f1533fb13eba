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
        var types = CollectTypes();
        var definitions = new JsonObject();
        foreach (var type in types.OrderBy(t => t.Name, StringComparer.Ordinal))
            definitions[type.Name] = SchemaOf(type, types, docs);

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

    /// <summary>Every protocol record reachable from the method table.</summary>
    static HashSet<Type> CollectTypes()
    {
        var found = new HashSet<Type>();
        var pending = new Stack<Type>(RpcMethods.All.SelectMany(m => new[] { m.Params, m.Result }).OfType<Type>().Concat(RpcMethods.ErrorTypes));
        while (pending.Count > 0)
        {
            var type = pending.Pop();
            if (!IsProtocolRecord(type) || !found.Add(type)) continue;
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

    static bool IsProtocolRecord(Type type) =>
        type.Assembly == typeof(ContractExporter).Assembly && type.IsClass && !type.IsAbstract;

    static bool HoldsJsonElements(Type type) =>
        type.IsGenericType && type.GetGenericArguments().LastOrDefault() == typeof(JsonElement);

    static JsonObject ScalarSchema() => new() { ["type"] = new JsonArray("string", "number", "boolean", "null") };

    static bool IsNullable(JsonNode node) =>
        node is JsonObject obj && obj["type"] is JsonArray types && types.Any(x => x?.GetValue<string>() == "null");

    static readonly NullabilityInfoContext Nullability = new();

    /// <summary>
    /// A list of nullable records (<c>IReadOnlyList&lt;T?&gt;</c>, "null where that model lacks it") keeps its nulls:
    /// the exporter only sees the element's CLR type, so the annotation is read here and the item reference widened.
    /// </summary>
    static void AllowNullItems(JsonObject list, PropertyInfo property)
    {
        if (list["items"] is not JsonObject { } items || !items.ContainsKey("$ref")) return;
        var arguments = Nullability.Create(property).GenericTypeArguments;
        if (arguments.Length != 1 || arguments[0].ReadState != NullabilityState.Nullable) return;
        list["items"] = new JsonObject { ["oneOf"] = new JsonArray(items.DeepClone(), new JsonObject { ["type"] = "null" }) };
    }

    static JsonNode SchemaOf(Type type, HashSet<Type> known, XmlDocs docs)
    {
        var exporterOptions = new JsonSchemaExporterOptions
        {
            TreatNullObliviousAsNonNullable = true,
            TransformSchemaNode = (context, node) =>
            {
                var t = context.TypeInfo.Type;
                // Nested protocol records become bare references, so each is one named TypeScript interface
                // (a $ref with sibling keywords would make json-schema-to-typescript emit a copy).
                if (context.Path.Length > 0 && known.Contains(t))
                {
                    var reference = new JsonObject { ["$ref"] = $"#/definitions/{t.Name}" };
                    return IsNullable(node) ? new JsonObject { ["oneOf"] = new JsonArray(reference, new JsonObject { ["type"] = "null" }) } : reference;
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
        schema["additionalProperties"] = false;
        return schema;
    }
}

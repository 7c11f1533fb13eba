// The codes and limits the extension must agree on with the backend, exported to contract.json's `constants`
// (and from there generated into TypeScript), so no number or word is copied by hand between the languages.
using System.Reflection;
using System.Text.Json.Nodes;
using CompressCompare.Protocol.Behaviors;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Protocol;

internal static class ContractConstants
{
    /// <summary>
    /// The static classes whose public constants are exported, each under its own name. A class joins this list
    /// when the extension reads one of its values; its XML doc summaries become the TypeScript doc comments.
    /// </summary>
    static readonly Type[] Exported =
    [
        typeof(RpcErrorCodes),
        typeof(DiagnosticCodes),
        typeof(InstancePaging),
    ];

    /// <summary>
    /// Enums whose members the extension names in code, each exported as an object of member → wire name under the
    /// plural the constants had when they were strings, so `InstanceSortFields.Flips` still reads "flips".
    /// </summary>
    static readonly (Type Enum, string Name)[] ExportedEnums =
    [
        (typeof(DiagnosticSeverity), "DiagnosticSeverities"),
        (typeof(InstanceSortField), "InstanceSortFields"),
        (typeof(InstanceChange), "InstanceChanges"),
    ];

    /// <summary>Class name → its description and its constants (name → value and description), in declaration order.</summary>
    public static JsonObject Export(XmlDocs docs)
    {
        var constants = new JsonObject();
        foreach (var type in Exported)
        {
            var values = new JsonObject();
            // Metadata order is declaration order, so the generated objects (and any list built from them) keep the C# order.
            foreach (var field in type.GetFields(BindingFlags.Public | BindingFlags.Static | BindingFlags.DeclaredOnly)
                         .Where(f => f.IsLiteral).OrderBy(f => f.MetadataToken))
            {
                var entry = new JsonObject { ["value"] = ValueOf(field) };
                if (docs.Summary(field) is { } description) entry["description"] = description;
                values[field.Name] = entry;
            }
            constants[type.Name] = Group(docs.Summary(type), values);
        }
        foreach (var (type, name) in ExportedEnums)
        {
            var values = new JsonObject();
            foreach (var (wireName, value) in WireEnum.Members(type))
            {
                var entry = new JsonObject { ["value"] = wireName };
                if (docs.Summary(type.GetField(value.ToString()!)!) is { } description) entry["description"] = description;
                values[value.ToString()!] = entry;
            }
            constants[name] = Group(docs.Summary(type), values);
        }
        return constants;
    }

    static JsonObject Group(string? description, JsonObject values)
    {
        var group = new JsonObject();
        if (description is not null) group["description"] = description;
        group["values"] = values;
        return group;
    }

    /// <summary>The constant as a JSON value; only the kinds TypeScript reads the same way are exported.</summary>
    static JsonValue ValueOf(FieldInfo field) => field.GetRawConstantValue() switch
    {
        int number => JsonValue.Create(number),
        string text => JsonValue.Create(text),
        bool flag => JsonValue.Create(flag),
        var other => throw new NotSupportedException(
            $"{field.DeclaringType!.Name}.{field.Name} is a {other?.GetType().Name ?? "null"}; export ints, strings or bools."),
    };
}

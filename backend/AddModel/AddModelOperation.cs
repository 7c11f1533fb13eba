// The operation a user says made the added model from its base: parsed from `--operation` JSON with the line and
// column of a syntax error, checked against the spec's declaration (the ranges and options `compress` checks), and,
// where the spec declares operations but not this one (or not all its parameters), what it lacks appended with the model
// so the spec does not warn about it (the catalog's for an operation the backend knows, else inferred from the values given).
using System.Text.Json;
using System.Text.Json.Nodes;
using CompressCompare.Backend.Compression;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Errors;
using CompressCompare.Backend.Spec;
using CompressCompare.Protocol.Rpc;
using CompressCompare.Protocol.Spec;

namespace CompressCompare.Backend.AddModel;

public static class AddModelOperation
{
    const string Example = "For example: --operation '{\"name\": \"Magnitude Prune\", \"parameters\": {\"amount\": 0.5}}'.";

    /// <summary>{"name": …, "parameters": {…}} (parameters optional); a BackendException naming the line and column otherwise.</summary>
    public static OperationApplication Parse(string json)
    {
        JsonElement value;
        try
        {
            value = JsonSerializer.Deserialize<JsonElement>(json);
        }
        catch (JsonException e)
        {
            var where = $"line {(e.LineNumber ?? 0) + 1}, column {(e.BytePositionInLine ?? 0) + 1}";
            throw Refused($"--operation is not valid JSON at {where}: {FirstSentence(e.Message)}");
        }
        if (value.ValueKind != JsonValueKind.Object)
            throw Refused($"--operation must be a JSON object, not {Describe(value.ValueKind)}.");
        if (!value.TryGetProperty(SpecFields.ModelOperation.Name, out var name) || name.ValueKind != JsonValueKind.String || name.GetString()!.Trim().Length == 0)
            throw Refused("--operation has no \"name\" (a non-empty string).");
        var parameters = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        if (value.TryGetProperty(SpecFields.ModelOperation.Parameters, out var given) && given.ValueKind != JsonValueKind.Null)
        {
            if (given.ValueKind != JsonValueKind.Object)
                throw Refused($"--operation's \"parameters\" must be a JSON object, not {Describe(given.ValueKind)}.");
            foreach (var p in given.EnumerateObject()) parameters[p.Name] = p.Value.Clone();
        }
        foreach (var p in value.EnumerateObject())
            if (p.Name is not (SpecFields.ModelOperation.Name or SpecFields.ModelOperation.Parameters))
                throw Refused($"--operation has an unknown field \"{p.Name}\"; an operation has \"name\" and \"parameters\".");
        return new OperationApplication { Name = name.GetString()!, Parameters = parameters };
    }

    /// <summary>Refuses values outside the declaration (the spec's, else the catalog's); returns the declaration to append, if any.</summary>
    public static IReadOnlyList<JsonObject> Check(ParsedSpec spec, OperationApplication operation)
    {
        var declaration = OperationDeclarations.Of(spec, operation.Name);
        if (declaration is not null)
        {
            try { OperationDeclarations.RequireInRange(declaration, operation.Parameters); }
            catch (CompressionParameterException e)
            {
                throw Refused($"{e.Message.Replace($" (Parameter '{e.ParamName}')", "")} Nothing was written.", spec.Path);
            }
        }
        var declared = spec.Operations.FirstOrDefault(o => string.Equals(o.Name, operation.Name, StringComparison.OrdinalIgnoreCase));
        if (declared is null) return [NewSpecDocument.DeclarationOf(declaration ?? Inferred(operation))];
        // Declared already: only the parameters it lacks are added to its declaration (the catalog's where the backend knows them).
        var catalog = OperationCatalog.All.FirstOrDefault(o => string.Equals(o.Name, operation.Name, StringComparison.OrdinalIgnoreCase));
        var missing = Inferred(operation).Parameters.Where(p => declared.Parameters.All(d => d.Name != p.Name))
            .Select(p => catalog?.Parameters.FirstOrDefault(c => c.Name == p.Name) ?? p).ToList();
        return missing.Count == 0 ? [] : [NewSpecDocument.DeclarationOf(new OperationDefinition { Name = declared.Name, Parameters = missing })];
    }

    /// <summary>A declaration for an operation the backend does not know: numbers are continuous, anything else nominal.</summary>
    static OperationDefinition Inferred(OperationApplication operation) => new()
    {
        Name = operation.Name,
        Parameters = [.. operation.Parameters.Select(p => new ParameterDefinition
        {
            Name = p.Key,
            Type = p.Value.ValueKind == JsonValueKind.Number ? ParameterType.Continuous : ParameterType.Nominal,
        })],
    };

    static string FirstSentence(string message) => message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].TrimEnd('.') + ".";

    static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        _ => kind.ToString().ToLowerInvariant(),
    };

    static BackendException Refused(string message, string? spec = null) =>
        new(RpcErrorCodes.InvalidRequest, message, new RpcErrorData { File = spec, Hint = Example });
}

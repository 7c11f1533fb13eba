// Fails when the C# records and protocol/contract.json (from which the TypeScript types are generated) drift,
// or when a method has no handler or no fixture.
using CompressCompare.Protocol.Spec;
using System.Reflection;
using System.Text.Json;
using CompressCompare.Backend.Rpc;
using CompressCompare.Protocol;
using CompressCompare.Protocol.Rpc;
using StreamJsonRpc;

namespace Backend.Tests.Protocol;

public sealed class ContractDriftTests
{
    const string Regenerate =
        "Regenerate: dotnet run --project backend -- contract > protocol/contract.json && node protocol/generate-ts.mjs && node protocol/generate-validators.mjs";

    [Fact]
    public void Contract_json_matches_the_csharp_records()
    {
        var expected = ContractExporter.Export();
        var actual = File.ReadAllText(RepoPaths.Of("protocol/contract.json")).ReplaceLineEndings("\n");
        Assert.True(expected == actual, $"protocol/contract.json is out of date with protocol/*.cs. {Regenerate}");
    }

    [Fact]
    public void Every_request_in_the_table_has_a_handler_and_every_handler_is_in_the_table()
    {
        var handled = typeof(BackendRpcTarget).GetMethods()
            .Select(m => m.GetCustomAttribute<JsonRpcMethodAttribute>()?.Name).OfType<string>().Order().ToArray();
        var requests = RpcMethods.All.Where(m => !m.IsNotification).Select(m => m.Name).Order().ToArray();
        Assert.Equal(requests, handled);
    }

    [Fact]
    public void Every_handler_takes_its_tables_params_type_and_returns_its_result_type()
    {
        foreach (var method in typeof(BackendRpcTarget).GetMethods())
        {
            var name = method.GetCustomAttribute<JsonRpcMethodAttribute>()?.Name;
            if (name is null) continue;
            var entry = RpcMethods.All.Single(m => m.Name == name);
            Assert.Equal(entry.Params, method.GetParameters()[0].ParameterType);
            var returned = method.ReturnType.IsGenericType ? method.ReturnType.GetGenericArguments()[0] : method.ReturnType;
            Assert.Equal(entry.Result, returned);
        }
    }

    public static TheoryData<string> WireTypes()
    {
        var data = new TheoryData<string>();
        foreach (var type in RpcMethods.All.SelectMany(m => new[] { m.Params, m.Result }).OfType<Type>().Concat(RpcMethods.ErrorTypes).Distinct())
            data.Add(type.AssemblyQualifiedName!);
        return data;
    }

    [Theory]
    [MemberData(nameof(WireTypes))]
    public void Each_fixture_round_trips_byte_for_byte(string typeName)
    {
        // Fixtures hold non-default values everywhere, so a field that silently fails to bind shows up here.
        var type = Type.GetType(typeName, throwOnError: true)!;
        var path = RepoPaths.Of($"protocol/fixtures/{type.Name}.json");
        Assert.True(File.Exists(path), $"Add protocol/fixtures/{type.Name}.json: every message type needs a fixture.");
        var text = File.ReadAllText(path).ReplaceLineEndings("\n");
        var options = new JsonSerializerOptions(WireJson.CreateOptions()) { WriteIndented = true };
        var value = JsonSerializer.Deserialize(text, type, WireJson.CreateOptions());
        Assert.Equal(text.TrimEnd('\n'), JsonSerializer.Serialize(value, type, options));
    }

    [Fact]
    public void Camel_case_input_binds_and_unknown_casing_is_not_silently_accepted_as_camel()
    {
        var parsed = JsonSerializer.Deserialize<SummarizeParams>("""{"path":"/a/models.json","text":"x"}""", WireJson.CreateOptions())!;
        Assert.Equal("/a/models.json", parsed.Path);
        Assert.Equal("x", parsed.Text);
    }
}

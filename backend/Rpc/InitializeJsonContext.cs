// Compile-time JSON contracts for `initialize`, the request on the path from spawn to the first reply. Built by
// reflection, its two records made System.Text.Json emit and JIT a dynamic method per property and constructor (and load
// System.Reflection.Emit) before the first answer (issue 19). RpcConnection puts this resolver before the reflection one
// used for every other type; names still follow the wire options (camelCase), the same as for every other record.
using System.Text.Json.Serialization;
using CompressCompare.Protocol.Rpc;

namespace CompressCompare.Backend.Rpc;

[JsonSerializable(typeof(InitializeParams))]
[JsonSerializable(typeof(InitializeResult))]
sealed partial class InitializeJsonContext : JsonSerializerContext;

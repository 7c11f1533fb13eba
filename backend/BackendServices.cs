// The composition root's list of capability services: each registered once, and shared by the JSON-RPC target
// and the CLI commands, so both run the same code on the same instances (Program.cs calls this; tests too).
using CompressCompare.Backend.AddModel;
using CompressCompare.Backend.Behaviors;
using CompressCompare.Backend.Compression.Command;
using CompressCompare.Backend.Diagnose;
using CompressCompare.Backend.Evaluation;
using CompressCompare.Backend.Layers;
using CompressCompare.Backend.ModelMap;
using CompressCompare.Backend.Reports;
using CompressCompare.Backend.Rpc;
using CompressCompare.Backend.Spec;
using Microsoft.Extensions.DependencyInjection;

namespace CompressCompare.Backend;

public static class BackendServices
{
    public static IServiceCollection AddBackendServices(this IServiceCollection services)
    {
        // One store for the process: the parses every request and view shares (bounded, see SpecSnapshotStore).
        services.AddSingleton<SpecSnapshotStore>(_ => new SpecSnapshotStore());
        services.AddSingleton<SpecService>();
        services.AddSingleton<ModelMapService>();
        services.AddSingleton<EvaluationService>();
        // Behaviors compare the engine's outputs; a test registers its own source after this one to replace it.
        services.AddSingleton<IModelOutputSource>(provider => provider.GetRequiredService<EvaluationService>());
        services.AddSingleton<BehaviorService>();
        services.AddSingleton<LayerService>();
        services.AddSingleton<DiagnoseService>();
        services.AddSingleton<CompressService>();
        services.AddSingleton<ReportBehaviors>();
        services.AddSingleton<ReportService>();
        services.AddSingleton<AddModelService>();
        services.AddSingleton<Importers.ImportService>();
        services.AddSingleton<BackendRpcTarget>();
        return services;
    }
}

// Step numbers in variable names are the models' own steps (counted from their root), never the aligned slot:
// the issue saw a 6-step model read "step 10".
using static Backend.Tests.ModelMap.SelectionDetails.ExplainerSpecs;
using CompressCompare.Protocol.ModelMap;

namespace Backend.Tests.ModelMap.SelectionDetails;

public sealed class StepNumberTests
{
    [Fact]
    public void A_step_number_is_the_models_own_step_not_the_aligned_slot()
    {
        // The long path opens slots the short one skips; its Fine-Tune is still its second step.
        var spec = Summary([Root("r"),
            Model("p", "r", Op("Prune", """{"amount": 0.5}""")), Model("p-q", "p", Op("Quantize")), Model("p-q-c", "p-q", Op("Calibrate")),
            Model("p-q-c-f", "p-q-c", Op("Fine-Tune", """{"epochs": 1}""")), Model("p-q-c-f-f", "p-q-c-f", Op("Fine-Tune", """{"epochs": 3}""")),
            Model("p-f", "p", Op("Fine-Tune", """{"epochs": 2}""")), Model("p-f-f", "p-f", Op("Fine-Tune", """{"epochs": 4}"""))]);
        var result = Explain(spec, "p-q-c-f-f", "p-f-f");
        // Aligned, the epochs sit in slots 4 and 5; the short model ran them as its steps 2 and 3.
        var merged = Assert.Single(result.Variables, v => v.Kind == VariableKind.Merged);
        Assert.Contains("Fine-Tune · epochs (steps 2–4)", merged.Parts);
        Assert.Contains("Fine-Tune · epochs (steps 3–5)", merged.Parts);
    }
}

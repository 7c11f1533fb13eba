// Generated from protocol/contract.json by `node protocol/generate-ts.mjs`; do not edit.
// contract.json is generated from the C# records in protocol/ by `dotnet run --project backend -- contract`.

export const PROTOCOL_VERSION = 2;

/**
 * What a model's outputs mean (DatasetSummary.Task): it decides which numbers compare a model with its base.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "DatasetTask".
 */
export type DatasetTask = 'classification' | 'binary' | 'multilabel' | 'embedding' | 'regression' | 'generation';
/**
 * Order of the colour channels in the input tensor.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ChannelOrder".
 */
export type ChannelOrder = 'rgb' | 'bgr';
/**
 * How Selection Details charts the models (SelectionExplanation.Chart).
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ComparisonChart".
 */
export type ComparisonChart = 'grouped' | 'perModel' | 'refine';
/**
 * What a comparison variable records (ComparisonVariable.Kind).
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "VariableKind".
 */
export type VariableKind = 'parameter' | 'presence' | 'ordered' | 'operation' | 'base' | 'merged';
/**
 * What kind of values an operation parameter takes.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ParameterType".
 */
export type ParameterType = 'continuous' | 'ordinal' | 'nominal' | 'unspecified';
/**
 * How a model's correctness changed relative to the base's on one instance (InstancePrediction.Change).
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "CorrectnessChange".
 */
export type CorrectnessChange = 'bothRight' | 'fixed' | 'broken' | 'bothWrong';
/**
 * Memory layout of an image batch.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "PixelLayout".
 */
export type PixelLayout = 'nchw' | 'nhwc';
/**
 * How an instance is drawn: as an image or as text.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InstanceKind".
 */
export type InstanceKind = 'image' | 'text';
/**
 * How far a text dataset pads its token sequences.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "TextPadding".
 */
export type TextPadding = 'maxLength' | 'longest';
/**
 * How serious a spec diagnostic is (SpecDiagnostic.Severity).
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "DiagnosticSeverity".
 */
export type DiagnosticSeverity = 'error' | 'warning' | 'information';
/**
 * Where a model's outputs came from (ModelEvaluation.Source).
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ModelSource".
 */
export type ModelSource = 'onnx' | 'torchsharp' | 'precomputed';
/**
 * The change conditions instance rows filter by (InstanceFilter.Change), in the order the webview offers them.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InstanceChange".
 */
export type InstanceChange = 'all' | 'fixed' | 'broken' | 'bothRight' | 'bothWrong' | 'disagree';
/**
 * The fields instance rows sort by (InstanceSort.Field), in the order the webview offers them.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InstanceSortField".
 */
export type InstanceSortField =
  | 'flips'
  | 'correct'
  | 'confidence'
  | 'confidenceChange'
  | 'kl'
  | 'agrees'
  | 'cosine'
  | 'mse'
  | 'relativeL2'
  | 'labelMse';
/**
 * Which report of a progress sequence this is.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ProgressKind".
 */
export type ProgressKind = 'begin' | 'report' | 'end';
/**
 * The report's file format (WriteReportParams.Format).
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ReportFormat".
 */
export type ReportFormat = 'html' | 'md';

/**
 * The models' module outputs on the same dataset instances, matched by name and shape like weights.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ActivationsProbe".
 */
export interface ActivationsProbe {
  /**
   * Number of dataset instances every model ran on.
   */
  instances: number;
  /**
   * Indices of those instances in the spec's dataset, ascending.
   */
  instanceIndices: number[];
  /**
   * One entry per module output in the base's execution order. Name is the output's name (the ONNX value name, or the TorchSharp module name); Module is the module that produced it; Shape starts with the instance count; Params counts its values; TensorStats.Sparsity is the fraction of exactly-zero activations.
   */
  outputs: TensorProbe[];
  /**
   * Outputs that are in some models but could not be compared, and why.
   */
  unmatched: UnmatchedTensor[];
}
/**
 * One tensor across the probed models.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "TensorProbe".
 */
export interface TensorProbe {
  /**
   * The tensor's name: its name in the base's file, or, when that name carries no module path (e.g. "Parameter91", "onnx::Conv_123"), the node that consumes it, its op type and input role ("Convolution249 (Conv).W").
   */
  name: string;
  /**
   * The tensor's name in the base's file, where Name was derived from the graph instead; null otherwise.
   */
  stored?: string | null;
  /**
   * The module the tensor belongs to: its name up to the last dot, or the module derived from the graph ("" at the top level).
   */
  module: string;
  /**
   * One entry per probed model, base first: the tensor's name in that model's file where it differs from the base's (matched by graph position and shape, or a quantizer's renaming); null where it is the same or the model has no match. Null when no model differs.
   */
  matchedAs?: (string | null)[] | null;
  /**
   * The tensor's shape.
   */
  shape: number[];
  /**
   * Number of values.
   */
  params: number;
  /**
   * Lower edge of the shared histogram's first bin.
   */
  binMin: number;
  /**
   * Upper edge of the shared histogram's last bin.
   */
  binMax: number;
  /**
   * One entry per probed model, base first; null where that model lacks a matching tensor.
   */
  models: (TensorStats | null)[];
}
/**
 * Statistics of one tensor of one model, and its change against the base's.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "TensorStats".
 */
export interface TensorStats {
  /**
   * Fraction of values that are exactly zero.
   */
  sparsity: number;
  /**
   * Fraction of values that are exactly zero here and in the base too (equals Sparsity for the base); the paper's "zero in both". Null for activations.
   */
  zeroInBoth?: number | null;
  /**
   * Fraction of values that are exactly zero here but not in the base (0 for the base); the paper's "zero only in this model", what compression zeroed. Null for activations.
   */
  zeroOnlyHere?: number | null;
  /**
   * Smallest value.
   */
  min: number;
  /**
   * Largest value.
   */
  max: number;
  /**
   * Mean value.
   */
  mean: number;
  /**
   * Population standard deviation.
   */
  std: number;
  /**
   * Counts per bin of the shared histogram (BinMin..BinMax, equal widths; values outside clamp to the end bins).
   */
  histogram: number[];
  /**
   * ‖model − base‖₂ / ‖base‖₂ (0 for the base; null when the base is all zeros and the model is not).
   */
  relL2?: number | null;
  /**
   * Fraction of values that differ from the base's (0 for the base).
   */
  changed: number;
  /**
   * The base's values histogrammed on the shared bins, split by how much each value changed in this model: one histogram per change band (see ChangeBands), each as long as Histogram. Empty for the base.
   */
  changeHistograms: number[][];
  /**
   * Number of NaN and ±Inf values (0 in a healthy tensor). They are left out of every other statistic: Min, Max, Mean, Std, Histogram and the shared bins cover the finite values; RelL2 sums the positions where both this model and the base are finite; a finite base value whose value here is not finite is in the "> 10%" change band; Changed counts them (NaN where the base has NaN is unchanged).
   */
  nonFinite: number;
}
/**
 * A tensor that could not be compared.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "UnmatchedTensor".
 */
export interface UnmatchedTensor {
  /**
   * The tensor's name.
   */
  name: string;
  /**
   * The model (display name) it was found in.
   */
  model: string;
  /**
   * Why, e.g. "not in the base model", "missing in this model", "shape [64, 32] differs from the base's [64, 16]".
   */
  reason: string;
}
/**
 * Add one existing model file to a spec, measured; the file is neither copied nor moved.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "AddModelParams".
 */
export interface AddModelParams {
  /**
   * Absolute path of the spec file.
   */
  path: string;
  /**
   * Absolute path of the model file (.onnx or .safetensors), inside the workspace; the spec records it relative to itself.
   */
  artifact: string;
  /**
   * The new model's id: letters, digits, '.', '_', '+', '-'; unique in the spec.
   */
  id: string;
  /**
   * Id of the model it was made from; null for a new root.
   */
  base?: string | null;
  operation?: OperationApplication | null;
  /**
   * Display labels, recorded as the model's "tag" (joined by ", "); empty for none.
   */
  tags?: string[] | null;
  /**
   * False to append the model without measuring it (its metrics empty).
   */
  measure?: boolean;
  /**
   * Token under which `$/progress` notifications are sent; null for none.
   */
  workDoneToken?: string | null;
}
/**
 * An operation as applied to one model: its name and parameter values.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "OperationApplication".
 */
export interface OperationApplication {
  /**
   * Operation name, e.g. "Prune".
   */
  name: string;
  /**
   * Parameter values by name: numbers, strings or booleans as written in the spec.
   */
  parameters: {
    [k: string]: string | number | boolean | null;
  };
}
/**
 * The model appended, what was measured on it and what was not, with why.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "AddModelResult".
 */
export interface AddModelResult {
  /**
   * Absolute path of the spec file written.
   */
  spec: string;
  model: AddedModel;
  /**
   * Names of the metrics measured and recorded.
   */
  measured: string[];
  /**
   * Metrics `compress` records that this model did not get, each with the reason.
   */
  skipped: SkippedMetric[];
  /**
   * Wall-clock seconds the add took, measurements included.
   */
  seconds: number;
}
/**
 * The model as it was appended to the spec.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "AddedModel".
 */
export interface AddedModel {
  id: string;
  /**
   * Its base model's id; null for a root.
   */
  base?: string | null;
  /**
   * The artifact as the spec records it: relative to the spec file, with '/' separators.
   */
  artifact: string;
  operation?: OperationApplication | null;
  tags: string[];
  /**
   * The metrics recorded, by metric name.
   */
  metrics: {
    [k: string]: number | null;
  };
}
/**
 * A metric not recorded for the added model.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "SkippedMetric".
 */
export interface SkippedMetric {
  metric: string;
  /**
   * Why, and what would let it be measured.
   */
  reason: string;
}
/**
 * The comparison of models with a base, at every level of aggregation.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "BehaviorComparison".
 */
export interface BehaviorComparison {
  /**
   * Id of the base model.
   */
  base: string;
  /**
   * The compared models, base first, then in the order requested.
   */
  models: string[];
  /**
   * Number of dataset instances compared.
   */
  instanceCount: number;
  task: DatasetTask;
  /**
   * Class names by class index.
   */
  classNames: string[];
  /**
   * Over all instances, by model id (the base included: it agrees with itself fully).
   */
  overall: {
    [k: string]: BehaviorStats;
  };
  /**
   * Per true class, in class index order.
   */
  classes: ClassComparison[];
  /**
   * Per value of each instance attribute of the dataset (e.g. "young" = "true"); empty when the dataset has none.
   */
  subgroups: SubgroupComparison[];
  /**
   * Instances the most compared models flip relative to the base (prediction differs from the base's), most flips first; for embedding/regression the instances whose outputs moved most (largest Moved first); at most 100.
   */
  exemplars: Exemplar[];
}
/**
 * How one model behaves on a set of instances, compared with the base on the same instances.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "BehaviorStats".
 */
export interface BehaviorStats {
  /**
   * Number of instances in the set.
   */
  count: number;
  /**
   * Fraction of instances predicted correctly (multilabel: the exact labelled set; in a multilabel class row, that class right); null when the set is empty or the task has no classes.
   */
  accuracy?: number | null;
  /**
   * Number of wrong predictions.
   */
  errors: number;
  /**
   * Fraction of instances whose top-1 prediction equals the base's (multilabel: every class's, or in a class row that class's); null when the set is empty or the task has no classes.
   */
  agreement?: number | null;
  /**
   * Mean KL divergence KL(base ‖ model) of the softmax outputs, in nats; null when the set is empty.
   */
  meanKl?: number | null;
  /**
   * (errors − base errors) / base errors, e.g. 1.455 for "+145.5% more errors"; 0 when both have no errors; null when the base has none and the model has some (unbounded).
   */
  relativeErrorChange?: number | null;
  /**
   * Mean top-1 softmax probability; null when the set is empty.
   */
  meanConfidence?: number | null;
  /**
   * Instances the base got wrong and this model right.
   */
  fixed: number;
  /**
   * Instances the base got right and this model wrong.
   */
  broken: number;
  /**
   * Embedding/regression: mean cosine similarity of the model's output vector with the base's (1 = same direction); null for other tasks.
   */
  meanCosine?: number | null;
  /**
   * Embedding/regression: mean over instances of the mean squared difference between the model's and the base's outputs; null for other tasks.
   */
  meanMse?: number | null;
  /**
   * Embedding/regression: mean of ‖model − base‖ / ‖base‖ per instance; null for other tasks.
   */
  meanRelativeL2?: number | null;
  /**
   * Regression with labels: mean squared error of the model's outputs to the labels; null otherwise.
   */
  labelMse?: number | null;
  /**
   * Regression with labels: this model's LabelMse minus the base's on the same instances (negative = closer to the labels); null otherwise.
   */
  labelMseChange?: number | null;
  /**
   * Multilabel: in a class row that class's F1 at the threshold, 2·TP / (2·TP + FP + FN); overall and per subgroup the macro F1 over classes; null for other tasks or when no instance is labelled or predicted.
   */
  f1Score?: number | null;
  /**
   * Multilabel: mean fraction of classes whose prediction differs from the base's (Hamming distance / classes); null otherwise.
   */
  hammingToBase?: number | null;
  /**
   * Multilabel: mean fraction of classes predicted wrong (Hamming loss); null otherwise.
   */
  hammingLoss?: number | null;
  /**
   * Generation with references: mean SQuAD-style token F1 of the generated text to the reference (Accuracy is then the exact-match rate); null otherwise.
   */
  tokenF1?: number | null;
  /**
   * Generation: mean token F1 of the generated text to the base's (Agreement is then the exact-match rate with the base); null otherwise.
   */
  tokenF1ToBase?: number | null;
}
/**
 * The comparison restricted to one true class.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ClassComparison".
 */
export interface ClassComparison {
  /**
   * Class name.
   */
  class: string;
  /**
   * Class index.
   */
  index: number;
  /**
   * Number of instances of the class.
   */
  count: number;
  /**
   * By model id, base included.
   */
  models: {
    [k: string]: BehaviorStats;
  };
}
/**
 * The comparison restricted to the instances whose attribute has one value.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "SubgroupComparison".
 */
export interface SubgroupComparison {
  /**
   * Attribute (CSV column) name.
   */
  attribute: string;
  /**
   * The attribute's value, as written in the CSV.
   */
  value: string;
  /**
   * Number of instances in the subgroup.
   */
  count: number;
  /**
   * By model id, base included.
   */
  models: {
    [k: string]: BehaviorStats;
  };
}
/**
 * An instance that compression changes: how many compared models predict differently from the base.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "Exemplar".
 */
export interface Exemplar {
  /**
   * 0-based index of the instance in the dataset.
   */
  instance: number;
  /**
   * Number of compared models (the base excluded) whose top-1 prediction differs from the base's.
   */
  flips: number;
  /**
   * The instance's true class name ("" when the task has no classes).
   */
  label: string;
  /**
   * Embedding/regression: the compared models' mean relative L2 from the base's output on this instance (exemplars are then the instances that moved most); null for other tasks.
   */
  moved?: number | null;
}
/**
 * Compare models' predictions with a base model's on the spec's dataset.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "CompareParams".
 */
export interface CompareParams {
  /**
   * Absolute path of the spec file.
   */
  path: string;
  /**
   * Id of the base model every other model is compared with.
   */
  baseId: string;
  /**
   * Ids of the compared models; the base may be listed or not, it always comes first in the result.
   */
  modelIds: string[];
  /**
   * Token under which `$/progress` notifications are sent while models are evaluated; null for none.
   */
  workDoneToken?: string | null;
  /**
   * The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now (SnapshotGone when neither is held any longer); null reads the file.
   */
  snapshot?: string | null;
}
/**
 * One way in which the selected models differ, with each model's value.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ComparisonVariable".
 */
export interface ComparisonVariable {
  /**
   * Display name, e.g. "Magnitude Prune · amount", "Calibrate", "Operation at step 2" (the models' own step, counted from their root).
   */
  name: string;
  kind: VariableKind;
  /**
   * The distinct values in display order (numbers ascending, "none" first). Never a bare true/false: a presence reads "no Calibrate" / "Calibrate", a boolean parameter "no layernorms" / "layernorms"; an operation level keeps the parameters fixed among its models ("Train (epochs: 50)").
   */
  levels: string[];
  /**
   * For each explained model, in ModelIds order, the index of its value in Levels.
   */
  values: number[];
  /**
   * True when the levels are numbers (a continuous axis is meaningful).
   */
  numeric: boolean;
  /**
   * Names of the simpler variables this one was built from (ordered and merged kinds); empty otherwise.
   */
  parts: string[];
}
/**
 * One operation with its parameters as declared (the spec's declaration, else the backend's catalog).
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "CompressOption".
 */
export interface CompressOption {
  /**
   * The operation's name.
   */
  name: string;
  /**
   * Its parameters with their types, ranges and options.
   */
  parameters: ParameterDefinition[];
  /**
   * Whether it can run on this model in this install.
   */
  available: boolean;
  /**
   * Why it cannot run (e.g. "needs libtorch (not present in this install)"); null when available.
   */
  reason?: string | null;
}
/**
 * One parameter of a declared operation.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ParameterDefinition".
 */
export interface ParameterDefinition {
  /**
   * Parameter name.
   */
  name: string;
  type: ParameterType;
  /**
   * Lower bound of a continuous parameter.
   */
  min?: number | null;
  /**
   * Upper bound of a continuous parameter.
   */
  max?: number | null;
  /**
   * Allowed values of an ordinal or nominal parameter, in order.
   */
  options?: (string | number | boolean | null)[] | null;
}
/**
 * Which operations the backend can run on one model of a spec.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "CompressOptionsParams".
 */
export interface CompressOptionsParams {
  /**
   * Absolute path of the spec file.
   */
  path: string;
  /**
   * Id of the model to compress.
   */
  modelId: string;
}
/**
 * Every operation, runnable or not on this model, in catalog order.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "CompressOptionsResult".
 */
export interface CompressOptionsResult {
  /**
   * Id of the model these options are for.
   */
  modelId: string;
  operations: CompressOption[];
}
/**
 * Compress one model of a spec: one child per parameter set, all appended to the spec in one write.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "CompressParams".
 */
export interface CompressParams {
  /**
   * Absolute path of the spec file.
   */
  path: string;
  /**
   * Id of the model to compress (the children's base).
   */
  modelId: string;
  /**
   * The operation's name, as the spec's "operations" and CompressOptionsResult name it (e.g. "Magnitude Prune").
   */
  operation: string;
  /**
   * One parameter set per child, in order (several: a sweep); each maps parameter names to their JSON values.
   */
  parameterSets: {
    [k: string]: string | number | boolean | null;
  }[];
  /**
   * The first child's id (the others are made unique from it); null for fresh ids "<model>-<operation>[-N]".
   */
  newId?: string | null;
  /**
   * The children's tag; null for the operation's name.
   */
  tag?: string | null;
  /**
   * Token under which `$/progress` notifications are sent ("Compressing m3: 2 of 4"); null for none.
   */
  workDoneToken?: string | null;
}
/**
 * The children appended to the spec, in the order of the parameter sets.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "CompressResult".
 */
export interface CompressResult {
  models: CompressedModel[];
}
/**
 * One child model as it was appended to the spec.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "CompressedModel".
 */
export interface CompressedModel {
  /**
   * Its id in the spec.
   */
  id: string;
  operation: OperationApplication;
  /**
   * Its artifact, relative to the spec file (models/<id>.onnx).
   */
  artifact: string;
  /**
   * The metrics measured on it, by metric name.
   */
  metrics: {
    [k: string]: number | null;
  };
}
/**
 * The spec's evaluation data: arrays on disk next to the spec, class names and how to show an instance.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "DatasetSummary".
 */
export interface DatasetSummary {
  /**
   * Display name, e.g. "UCI digits (test split)".
   */
  name?: string | null;
  /**
   * Path, relative to the spec, of a .npy array shaped [N, ...instance shape]; null when the spec gives none or gives InputFiles.
   */
  inputs?: string | null;
  /**
   * When "inputs" is an object: a .npy path, relative to the spec, for each model input by name; null otherwise.
   */
  inputFiles?: {
    [k: string]: string;
  } | null;
  images?: ImageFolderSummary | null;
  /**
   * Name of the model output compared, for models that do not name their own; null for the default (the output named "logits" if there is one, else the first).
   */
  output?: string | null;
  /**
   * Path, relative to the spec, of a .npy integer array of N class indices.
   */
  labels?: string | null;
  /**
   * Class names by class index.
   */
  classes: string[];
  /**
   * Path, relative to the spec, of a CSV with a header and one row per instance: attributes that define subgroups.
   */
  attributes?: string | null;
  instance?: InstanceView | null;
  text?: TextDataset | null;
  task: DatasetTask;
  /**
   * For "multilabel": the probability at or above which a class counts as predicted; null for the default 0.5.
   */
  threshold?: number | null;
}
/**
 * A dataset whose instances are image files: one sub-folder per class (ImageNet layout), or a labels CSV.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ImageFolderSummary".
 */
export interface ImageFolderSummary {
  /**
   * Folder of the images, relative to the spec; null when the spec's value is unusable (a diagnostic says why).
   */
  folder?: string | null;
  /**
   * CSV (file,label) relative to the spec naming each image's class; null for the class-folder layout (classes = sorted sub-folder names, as torchvision's ImageFolder).
   */
  labels?: string | null;
  /**
   * Model input the pixels feed; null for the model's only input.
   */
  input?: string | null;
  preprocess: ImagePreprocess;
}
/**
 * torchvision's Resize → CenterCrop → ToTensor → Normalize, applied to each image converted to RGB as PIL's convert("RGB").
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ImagePreprocess".
 */
export interface ImagePreprocess {
  /**
   * [height, width] to resize to, or one number (as a one-element list) for the shorter side, keeping the aspect ratio; null keeps the decoded size. PIL bilinear with antialias.
   */
  resize?: number[] | null;
  /**
   * [height, width] cut from the centre after resizing (padded with zeros when larger, as torchvision); null for no crop.
   */
  centerCrop?: number[] | null;
  /**
   * Each 0–255 value is multiplied by this before mean and std (1/255 as ToTensor).
   */
  scale: number;
  /**
   * Per-channel mean subtracted after scaling, in RGB order.
   */
  mean: number[];
  /**
   * Per-channel standard deviation divided by after subtracting the mean, in RGB order.
   */
  std: number[];
  channels: ChannelOrder;
  layout: PixelLayout;
}
/**
 * How an instance of the dataset is drawn.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InstanceView".
 */
export interface InstanceView {
  type: InstanceKind;
  /**
   * For images: [height, width] or [height, width, channels].
   */
  shape?: number[] | null;
  /**
   * For text: path, relative to the spec, of a UTF-8 file with one instance per line.
   */
  texts?: string | null;
}
/**
 * Texts and the tokenizer that turns them into a text model's inputs (input_ids, attention_mask, token_type_ids).
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "TextDataset".
 */
export interface TextDataset {
  /**
   * Path, relative to the spec, of a UTF-8 file: one text per line, or a CSV with a header when Column is set.
   */
  texts?: string | null;
  /**
   * The CSV column holding the texts; null when Texts has one text per line.
   */
  column?: string | null;
  /**
   * Path, relative to the spec, of the model's Hugging Face tokenizer.json or WordPiece vocab.txt.
   */
  tokenizer?: string | null;
  /**
   * For a vocab.txt: lower-case (and strip accents) before WordPiece, as uncased BERT models do; tokenizer.json declares its own.
   */
  lowercase: boolean;
  /**
   * Tokens per instance, [CLS] and [SEP] included; a model with a fixed sequence length uses its own.
   */
  maxLength: number;
  padding: TextPadding;
  /**
   * Cut texts longer than MaxLength (true) or refuse them with an error naming the line (false).
   */
  truncation: boolean;
}
/**
 * Diagnose which modules of a compressed model cost it its metric, against its base, on a sample of the spec's dataset.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "DiagnoseParams".
 */
export interface DiagnoseParams {
  /**
   * Absolute path of the spec file.
   */
  path: string;
  /**
   * Id of the base model (the uncompressed one whose weights are restored).
   */
  baseId: string;
  /**
   * Id of the compressed model.
   */
  modelId: string;
  /**
   * How many instances of the spec's dataset to evaluate on, evenly spread (default 256).
   */
  instances?: number | null;
  /**
   * Module groups are the first Depth segments of the Layers panel's module names; null for the leaf modules that hold weights.
   */
  depth?: number | null;
  /**
   * True also runs the sensitivity pass (the base with one module compressed), doubling the evaluations; null or false measures recovery alone.
   */
  sensitivity?: boolean | null;
  /**
   * Token under which `$/progress` notifications are sent; null for none.
   */
  workDoneToken?: string | null;
  /**
   * The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now; null reads the file.
   */
  snapshot?: string | null;
}
/**
 * The modules whose weights differ between the two models, sorted by recovery, highest first.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "DiagnoseResult".
 */
export interface DiagnoseResult {
  /**
   * Id of the base model.
   */
  base: string;
  /**
   * Id of the compressed model.
   */
  model: string;
  /**
   * What is measured: "accuracy" (against the dataset's labels, for a classifier whose output has one score per class), "agreement" (with the base's predicted class) or "cosine" (of the outputs with the base's, for outputs with no class to pick).
   */
  metric: string;
  /**
   * How many dataset instances each evaluation ran on.
   */
  instances: number;
  /**
   * The metric of the base model on the sample.
   */
  baseMetric: number;
  /**
   * The metric of the compressed model on the sample.
   */
  modelMetric: number;
  /**
   * Seconds the whole diagnosis took.
   */
  seconds: number;
  /**
   * One entry per module group, highest recovery first (modules with no recovery, when the two models score the same, last).
   */
  modules: ModuleDiagnosis[];
}
/**
 * One module group's restoration and compression alone.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ModuleDiagnosis".
 */
export interface ModuleDiagnosis {
  /**
   * The module as the Layers panel names it (or its first Depth segments).
   */
  module: string;
  /**
   * Weights in the module's restored tensors.
   */
  params: number;
  /**
   * (metric of the compressed model with this module restored − ModelMetric) / (BaseMetric − ModelMetric): 1 recovers the whole gap, 0 none; null when the two models score the same.
   */
  recovery?: number | null;
  /**
   * The metric of the compressed model with only this module's weights restored to the base's.
   */
  restoredMetric: number;
  /**
   * BaseMetric − the metric of the base with only this module's weights replaced by the compressed model's: what compressing this module alone costs; null unless DiagnoseParams.Sensitivity was true.
   */
  sensitivity?: number | null;
  /**
   * The metric of the base with only this module's weights replaced by the compressed model's; null unless DiagnoseParams.Sensitivity was true.
   */
  compressedAloneMetric?: number | null;
}
/**
 * Evaluate models of one spec on its dataset, filling the output cache.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "EvaluateParams".
 */
export interface EvaluateParams {
  /**
   * Absolute path of the spec file.
   */
  path: string;
  /**
   * Ids of the models to evaluate; null for every model with an artifact or precomputed outputs.
   */
  modelIds?: string[] | null;
  /**
   * Token under which `$/progress` notifications are sent; null for none.
   */
  workDoneToken?: string | null;
  /**
   * The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now (SnapshotGone when neither is held any longer); null reads the file.
   */
  snapshot?: string | null;
}
/**
 * What evaluating each requested model gave.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "EvaluateResult".
 */
export interface EvaluateResult {
  /**
   * One entry per model, in the order requested (file order when all were requested).
   */
  models: ModelEvaluation[];
  /**
   * What the evaluation worked around, for every model alike (e.g. image files skipped because they do not decode, naming the first few); empty when nothing.
   */
  warnings: string[];
}
/**
 * The evaluation of one model on the spec's dataset.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ModelEvaluation".
 */
export interface ModelEvaluation {
  /**
   * Id of the model.
   */
  modelId: string;
  /**
   * Number of dataset instances evaluated; 0 when the model could not be evaluated.
   */
  instances: number;
  /**
   * Top-1 accuracy on those instances; null when the model could not be evaluated.
   */
  accuracy?: number | null;
  /**
   * Wall-clock seconds this request spent on the model (near zero when read from the cache).
   */
  seconds: number;
  /**
   * True when the outputs came from the cache instead of running the model.
   */
  cached: boolean;
  source?: ModelSource | null;
  /**
   * The ONNX Runtime execution provider whose outputs these are ("cpu", or "cuda:N" for GPU N); null when ONNX Runtime did not run the model (TorchSharp, precomputed, failed).
   */
  executionProvider?: string | null;
  /**
   * Why the model could not be evaluated and what to do about it; null on success.
   */
  error?: string | null;
}
/**
 * Explain how the selected models of one spec differ (the Selection Details view).
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ExplainSelectionParams".
 */
export interface ExplainSelectionParams {
  /**
   * Absolute path of the spec file.
   */
  path: string;
  /**
   * The file's content when the editor holds unsaved changes; null reads the file from disk.
   */
  text?: string | null;
  /**
   * Ids of the selected models, in the order the view lists them.
   */
  modelIds: string[];
  /**
   * The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now (SnapshotGone when neither is held any longer); null reads the file.
   */
  snapshot?: string | null;
}
/**
 * Sent once by the client after starting the backend.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InitializeParams".
 */
export interface InitializeParams {
  /**
   * Name and version of the client, for the backend's log.
   */
  clientName: string;
  /**
   * The protocol version the client was built against.
   */
  protocolVersion: number;
  /**
   * Absolute paths of the workspace folders. Every file the backend reads or writes for a spec must resolve (symlinks followed) inside one of them, or inside an allowed folder. Empty: each spec's own folder is its workspace.
   */
  workspaceFolders?: string[] | null;
  /**
   * Folders outside the workspace whose files specs may read but never write (a Hugging Face or DVC cache): the machine-scoped setting compressCompare.allowedFolders.
   */
  allowedFolders?: string[] | null;
  /**
   * False in Restricted Mode: specs are read and validated, but no model is run, decoded or written.
   */
  trusted: boolean;
  /**
   * Where ONNX Runtime runs models: "cpu" (also when null) or "cuda", "cuda:N" for GPU N (the setting compressCompare.evaluation.executionProvider). CUDA needs a backend built with -p:OnnxRuntimeGpu=true; when it cannot run, requests fail with ExecutionProviderUnavailable rather than falling back to the CPU.
   */
  executionProvider?: string | null;
}
/**
 * What the backend speaks.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InitializeResult".
 */
export interface InitializeResult {
  /**
   * Bumped only on breaking changes; the client refuses a backend whose version differs.
   */
  protocolVersion: number;
  /**
   * The backend's informational version.
   */
  backendVersion: string;
  /**
   * Process id of the backend, for the log.
   */
  processId: number;
}
/**
 * One instance, ready to draw.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InstanceData".
 */
export interface InstanceData {
  /**
   * 0-based index of the instance.
   */
  instance: number;
  /**
   * True class index.
   */
  label: number;
  kind: InstanceKind;
  /**
   * For images: [height, width, channels] with channels 1 (grey) or 3 (RGB).
   */
  shape?: number[] | null;
  /**
   * For images: base64 of height × width × channels bytes (0–255, row-major), scaled from the dataset's range.
   */
  pixels?: string | null;
  /**
   * For text: the instance's text.
   */
  text?: string | null;
  /**
   * The instance's attribute values by attribute name; empty when the dataset has none.
   */
  attributes: {
    [k: string]: string;
  };
}
/**
 * Which instance rows to keep; all given conditions must hold.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InstanceFilter".
 */
export interface InstanceFilter {
  change?: InstanceChange | null;
  /**
   * The model the change condition applies to; required unless Change is null or "all".
   */
  modelId?: string | null;
  /**
   * Keep only instances of this true class index.
   */
  classIndex?: number | null;
  /**
   * Keep only instances whose true class name contains this text (case-insensitive).
   */
  search?: string | null;
  /**
   * Keep only these 0-based instance indices (at most 1000), e.g. the exemplars or the instance the user clicked; null keeps all.
   */
  instances?: number[] | null;
}
/**
 * Read one instance of the spec's dataset for display.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InstanceParams".
 */
export interface InstanceParams {
  /**
   * Absolute path of the spec file.
   */
  path: string;
  /**
   * 0-based index of the instance.
   */
  instance: number;
  /**
   * The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now (SnapshotGone when neither is held any longer); null reads the file.
   */
  snapshot?: string | null;
}
/**
 * One model's prediction on one instance, compared with the base's.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InstancePrediction".
 */
export interface InstancePrediction {
  /**
   * Predicted class index (top-1).
   */
  predicted: number;
  /**
   * Softmax probability of the predicted class.
   */
  confidence: number;
  /**
   * Whether the prediction is the true class.
   */
  correct: boolean;
  /**
   * Whether the prediction equals the base's.
   */
  agrees: boolean;
  /**
   * KL(base ‖ model) of the softmax outputs, in nats (0 for the base).
   */
  kl: number;
  /**
   * This model's confidence (top-1 probability) minus the base's on the same instance.
   */
  confidenceChange: number;
  change: CorrectnessChange;
  /**
   * Multilabel: the class indices whose sigmoid is at or above the threshold, ascending (empty when none); null for other tasks.
   */
  predictedSet?: number[] | null;
  /**
   * Embedding/regression: cosine similarity of this model's output with the base's (1 for the base); null for other tasks.
   */
  cosine?: number | null;
  /**
   * Embedding/regression: mean squared difference between this model's output and the base's; null for other tasks.
   */
  mse?: number | null;
  /**
   * Embedding/regression: ‖model − base‖ / ‖base‖ of the outputs; null for other tasks.
   */
  relativeL2?: number | null;
  /**
   * Regression with labels: mean squared error of this model's output to the instance's label; null otherwise.
   */
  labelMse?: number | null;
  /**
   * Generation: the model's generated text for the instance; null for other tasks.
   */
  text?: string | null;
  /**
   * Generation with references: token F1 of the text to the reference; null otherwise.
   */
  tokenF1?: number | null;
  /**
   * Generation: token F1 of the text to the base's (1 for the base); null for other tasks.
   */
  tokenF1ToBase?: number | null;
}
/**
 * One instance and every compared model's prediction on it.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InstanceRow".
 */
export interface InstanceRow {
  /**
   * 0-based index of the instance in the dataset.
   */
  instance: number;
  /**
   * True class index (0 for multilabel, whose labelled set is in Labels).
   */
  label: number;
  /**
   * Multilabel: the labelled class indices, ascending (empty when none); null for other tasks.
   */
  labels?: number[] | null;
  /**
   * Number of compared models (the base excluded) whose prediction differs from the base's.
   */
  flips: number;
  /**
   * One prediction per model, base first, in the order of the comparison's models.
   */
  predictions: InstancePrediction[];
}
/**
 * How to order instance rows.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InstanceSort".
 */
export interface InstanceSort {
  field: InstanceSortField;
  /**
   * The model whose value sorts; required for per-model fields.
   */
  modelId?: string | null;
  /**
   * Largest first.
   */
  descending?: boolean;
}
/**
 * A page of instance rows.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InstancesPage".
 */
export interface InstancesPage {
  /**
   * Number of rows after filtering, before paging.
   */
  total: number;
  /**
   * The rows of the page.
   */
  rows: InstanceRow[];
}
/**
 * One page of per-instance comparison rows.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "InstancesParams".
 */
export interface InstancesParams {
  /**
   * Absolute path of the spec file.
   */
  path: string;
  /**
   * Id of the base model.
   */
  baseId: string;
  /**
   * Ids of the compared models (the base is always first in each row).
   */
  modelIds: string[];
  /**
   * Index of the first row of the page in the sorted, filtered list.
   */
  offset: number;
  /**
   * Maximum number of rows to return (at most 1000).
   */
  limit: number;
  /**
   * The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now (SnapshotGone when neither is held any longer); null reads the file.
   */
  snapshot?: string | null;
  sort?: InstanceSort | null;
  filter?: InstanceFilter | null;
}
/**
 * One column of the Model Map.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "LayoutColumn".
 */
export interface LayoutColumn {
  /**
   * Position from the left, equal to the column's index in MapLayout.Columns.
   */
  index: number;
  /**
   * The operation every model in this column was made by; null for the roots' column.
   */
  operation?: string | null;
  /**
   * Header text: the operation, "Base" for the roots' column, "(no operation)" for models that name none.
   */
  label: string;
}
/**
 * One model's place on the Model Map.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "LayoutNode".
 */
export interface LayoutNode {
  /**
   * The model's id.
   */
  id: string;
  /**
   * Index into MapLayout.Columns; always greater than the parent's column.
   */
  column: number;
  /**
   * 0-based row; a parent shares its first child's row, so the first-child chain reads as a straight line.
   */
  row: number;
  /**
   * Number of operations between the model and its root (0 for a root).
   */
  depth: number;
  /**
   * Parent in the drawn tree; null for roots, including models whose base is missing or that were promoted out of a base cycle.
   */
  parent?: string | null;
  /**
   * Short text drawn beside the model: the parameter values that set it apart from its siblings made by the same operation, e.g. "50%", "int8", "epochs 5"; null when there is nothing to say.
   */
  parameterLabel?: string | null;
}
/**
 * Where each model sits on the Model Map: one column per operation step, one row band per subtree.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "MapLayout".
 */
export interface MapLayout {
  /**
   * One node per distinct model id, in depth-first order, siblings top to bottom as drawn (ordered as the paper orders them: by parameter value, then by column, the longer path on top).
   */
  nodes: LayoutNode[];
  /**
   * The columns left to right; column 0 ("Base") holds the roots.
   */
  columns: LayoutColumn[];
  /**
   * Number of rows used (one past the largest row); 0 when there are no models.
   */
  rowCount: number;
  /**
   * Number of provenance steps: the largest depth plus one; 0 when there are no models.
   */
  stepCount: number;
}
/**
 * A metric declared at the top of the spec.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "MetricDefinition".
 */
export interface MetricDefinition {
  /**
   * Metric name, the key used in each model's metrics.
   */
  name: string;
  /**
   * Lower end of the metric's scale; null when open.
   */
  min?: number | null;
  /**
   * Upper end of the metric's scale; null when open.
   */
  max?: number | null;
  /**
   * Whether the metric is shown by default (sidebar descriptions, map colour).
   */
  primary: boolean;
  /**
   * d3-format specifier such as ".2~%" or ".2~s"; null for the default.
   */
  format?: string | null;
  /**
   * Unit appended to formatted values, e.g. "ms".
   */
  unit?: string | null;
}
/**
 * One experiment: a model and the operation that made it from its base.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ModelSummary".
 */
export interface ModelSummary {
  /**
   * Unique id of the model within the spec.
   */
  id: string;
  /**
   * Id of the parent model; null for a root.
   */
  base?: string | null;
  operation?: OperationApplication | null;
  /**
   * Display label; null when the spec gives none.
   */
  tag?: string | null;
  /**
   * Metric values by metric name; null where the spec records no value.
   */
  metrics: {
    [k: string]: number | null;
  };
  /**
   * Path of the model file (.onnx, TorchSharp .dat; for probing also .safetensors, PyTorch .pt/.pth/.bin, a sharded .index.json or a Hugging Face model folder) relative to the spec; null when the spec names none.
   */
  artifact?: string | null;
  /**
   * Path, relative to the spec, of the model's precomputed outputs on the dataset (.arrow or .csv, one column per class); null when the spec names none.
   */
  outputs?: string | null;
  /**
   * Name of this model's output to compare, overriding the dataset's "output"; null when the spec names none.
   */
  output?: string | null;
  /**
   * 1-based line of the model's object in the spec file.
   */
  line: number;
  /**
   * 1-based column (UTF-16 units) of the model's object in the spec file.
   */
  column: number;
}
/**
 * One module across the probed models: its tensors pooled.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ModuleProbe".
 */
export interface ModuleProbe {
  /**
   * Dotted module name ("" for the whole model).
   */
  name: string;
  /**
   * Parent module name; null for the whole model.
   */
  parent?: string | null;
  /**
   * What the module is ("Conv", "BatchNorm", "Linear", "LayerNorm", "Embedding", "Attention", "ReLU", …), from the ONNX graph's op types or the checkpoint's tensors and config.json; null when unknown.
   */
  type?: string | null;
  /**
   * Number of values in the module's matched tensors (descendants included).
   */
  params: number;
  /**
   * One entry per probed model, base first; null where the model has none of the module's tensors.
   */
  models: (ModuleStats | null)[];
}
/**
 * Pooled statistics of one module of one model.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ModuleStats".
 */
export interface ModuleStats {
  /**
   * Fraction of the module's values that are exactly zero.
   */
  sparsity: number;
  /**
   * Fraction of the module's values that are zero here and in the base too; null for activations.
   */
  zeroInBoth?: number | null;
  /**
   * Fraction of the module's values that are zero here but not in the base; null for activations.
   */
  zeroOnlyHere?: number | null;
  /**
   * Pooled ‖model − base‖₂ / ‖base‖₂ over the module's tensors; null when the base's are all zeros.
   */
  relL2?: number | null;
  /**
   * Fraction of the module's values that differ from the base's.
   */
  changed: number;
}
/**
 * An operation declared at the top of the spec.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "OperationDefinition".
 */
export interface OperationDefinition {
  /**
   * Operation name as models refer to it.
   */
  name: string;
  /**
   * Its parameters, whether the spec listed names only or described each one.
   */
  parameters: ParameterDefinition[];
}
/**
 * Probe the weights of a base model and others, from a spec or from files directly.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ProbeParams".
 */
export interface ProbeParams {
  /**
   * Absolute path of the spec file; null when Files are given instead.
   */
  path?: string | null;
  /**
   * With Path: id of the base model.
   */
  baseId?: string | null;
  /**
   * With Path: ids of the other models, in the order their statistics are listed (after the base).
   */
  modelIds?: string[] | null;
  /**
   * Without Path: absolute paths of model files (.onnx, TorchSharp .dat, .safetensors, PyTorch .pt/.pth/.bin, a sharded checkpoint's .index.json) or Hugging Face model folders, the base first.
   */
  files?: string[] | null;
  /**
   * Number of histogram bins shared by all models for one tensor (default 32).
   */
  bins?: number | null;
  /**
   * With Path: also run the models on this many instances of the spec's dataset (evenly spaced, the same for every model) and probe each module's output; null or 0 for weights only.
   */
  activations?: number | null;
  /**
   * Token under which `$/progress` notifications are sent; null for none.
   */
  workDoneToken?: string | null;
  /**
   * The `snapshot` of the SpecSummary the view shows: the request uses that spec, not the file as it is now (SnapshotGone when neither is held any longer); null reads the file.
   */
  snapshot?: string | null;
}
/**
 * The probed tensors, grouped into modules, and every tensor that could not be matched.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ProbeResult".
 */
export interface ProbeResult {
  /**
   * Display names of the probed models, base first (model ids, or file names when probing files).
   */
  models: string[];
  /**
   * Tensors present in the base and matched (same name and shape) in at least one other model, in the base file's order.
   */
  tensors: TensorProbe[];
  /**
   * Modules (dotted-name prefixes of tensors) with their tensors' statistics pooled, parents before children.
   */
  modules: ModuleProbe[];
  /**
   * Tensors that are in some models but could not be compared, and why.
   */
  unmatched: UnmatchedTensor[];
  /**
   * Labels of the change bands that TensorStats.ChangeHistograms split values into, least change first (e.g. "unchanged", "< 1%", "1–10%", "> 10%", "zeroed").
   */
  changeBands: string[];
  activations?: ActivationsProbe | null;
}
/**
 * Params of the `$/progress` notification, as in LSP's work-done progress.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ProgressParams".
 */
export interface ProgressParams {
  /**
   * The token the request carried.
   */
  token: string;
  value: ProgressValue;
}
/**
 * One progress report.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ProgressValue".
 */
export interface ProgressValue {
  kind: ProgressKind;
  /**
   * What is being done now.
   */
  message?: string | null;
  /**
   * 0–100.
   */
  percentage?: number | null;
}
/**
 * What `report/write` wrote.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ReportResult".
 */
export interface ReportResult {
  /**
   * Absolute path of the report.
   */
  out: string;
  /**
   * Every file written: the report, then (Markdown) its charts.
   */
  files: string[];
  /**
   * The reported models, in the order requested.
   */
  models: string[];
  /**
   * Ids of the models on the Pareto front of the two charted metrics among the models within every budget.
   */
  paretoIds: string[];
  /**
   * SHA-256 of the spec file's bytes, in lower-case hex.
   */
  sha256: string;
}
/**
 * Typed data attached to an expected RPC error, so the client can route it.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "RpcErrorData".
 */
export interface RpcErrorData {
  /**
   * File concerned, when there is one.
   */
  file?: string | null;
  /**
   * Model concerned, when there is one.
   */
  modelId?: string | null;
  /**
   * What the user should do next.
   */
  hint?: string | null;
}
/**
 * The smallest, simplest set of variables that tells the selected models apart.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "SelectionExplanation".
 */
export interface SelectionExplanation {
  /**
   * The explained models: the requested ids found in the spec, in the order requested.
   */
  modelIds: string[];
  /**
   * Requested ids the spec does not contain; they are left out of the explanation.
   */
  unknownIds: string[];
  /**
   * The variables, simplest and most telling first; the first two are the default chart axes (x, then colour). Empty when the models do not differ or fewer than two are selected.
   */
  variables: ComparisonVariable[];
  chart: ComparisonChart;
}
/**
 * A problem in a spec file, located at the offending JSON.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "SpecDiagnostic".
 */
export interface SpecDiagnostic {
  severity: DiagnosticSeverity;
  /**
   * What is wrong and what to do about it.
   */
  message: string;
  /**
   * Stable machine-readable kind, e.g. "duplicate-id" (see DiagnosticCodes).
   */
  code: string;
  /**
   * 1-based line where the offending JSON starts.
   */
  line: number;
  /**
   * 1-based column (UTF-16 units) where the offending JSON starts.
   */
  column: number;
  /**
   * 1-based line where the offending JSON ends.
   */
  endLine: number;
  /**
   * 1-based column just past the offending JSON.
   */
  endColumn: number;
  /**
   * Id of the model concerned, when there is one.
   */
  modelId?: string | null;
}
/**
 * Everything the views need from one spec file, plus every problem found in it.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "SpecSummary".
 */
export interface SpecSummary {
  /**
   * Absolute path of the spec file that was read.
   */
  path: string;
  /**
   * Every model that could be read, in file order; models with errors are kept where their id is usable.
   */
  models: ModelSummary[];
  /**
   * Declared metrics, in file order.
   */
  metrics: MetricDefinition[];
  /**
   * Declared operations, in file order, with their parameters normalized.
   */
  operations: OperationDefinition[];
  /**
   * Ids of the models with no base (or whose base could not be resolved), in file order.
   */
  roots: string[];
  layout: MapLayout;
  /**
   * Every problem found, errors and warnings, in file order.
   */
  diagnostics: SpecDiagnostic[];
  dataset?: DatasetSummary | null;
  /**
   * Id of the backend's parse of exactly this content ("sha256:" and the hash of the bytes read): send it back as `snapshot` with requests about what this summary shows, so they use this spec even after the file changed. Null when the backend keeps no parse of it (the text is not valid JSON, or is editor text outside the workspace).
   */
  snapshot?: string | null;
}
/**
 * The validation outcome of one spec file.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "SpecValidation".
 */
export interface SpecValidation {
  /**
   * Absolute path of the spec file.
   */
  path: string;
  /**
   * How many models could be read.
   */
  modelCount: number;
  /**
   * Every problem found.
   */
  diagnostics: SpecDiagnostic[];
}
/**
 * Read and validate one spec file.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "SummarizeParams".
 */
export interface SummarizeParams {
  /**
   * Absolute path of the spec file.
   */
  path: string;
  /**
   * The file's content when the editor holds unsaved changes; null reads the file from disk.
   */
  text?: string | null;
}
/**
 * Validate many spec files at once (the workspace scan), reporting progress.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ValidateManyParams".
 */
export interface ValidateManyParams {
  /**
   * Absolute paths of the spec files.
   */
  paths: string[];
  /**
   * Token under which `$/progress` notifications are sent; null for none.
   */
  workDoneToken?: string | null;
}
/**
 * Result of validating many spec files.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "ValidateManyResult".
 */
export interface ValidateManyResult {
  /**
   * One entry per requested path, in the same order.
   */
  results: SpecValidation[];
}
/**
 * Write a report on some models of one spec.
 *
 * This interface was referenced by `Contract`'s JSON-Schema
 * via the `definition` "WriteReportParams".
 */
export interface WriteReportParams {
  /**
   * Absolute path of the spec file.
   */
  path: string;
  /**
   * Ids of the models to report on, in the order the report lists them.
   */
  modelIds: string[];
  /**
   * The model the others are compared with (Behaviors, Layers, metric deltas); null: the first model's root.
   */
  baseId?: string | null;
  /**
   * Budgets such as "Model Size<=5MB" or "accuracy>0.9": a metric of the spec, one of <=, >=, <, >, and a number with an optional unit.
   */
  budgets?: string[] | null;
  format?: ReportFormat;
  /**
   * Absolute path of the report file to write.
   */
  out: string;
  /**
   * Replace a file the backend did not write; a report it wrote before is replaced either way.
   */
  force?: boolean;
  /**
   * Run the models whose outputs are not cached yet, so the Behaviors section can be written; false leaves them out and says how.
   */
  evaluate?: boolean;
}

/** Requests the backend answers: method name → params and result. */
export interface BackendRequests {
  /** Handshake: the client's name and protocol version in, the backend's out. */
  'initialize': { params: InitializeParams; result: InitializeResult };
  /** Read and validate one spec file; the same result as the `summarize` CLI command. */
  'spec/summarize': { params: SummarizeParams; result: SpecSummary };
  /** Validate many spec files with progress and cancellation (the workspace scan). */
  'spec/validateMany': { params: ValidateManyParams; result: ValidateManyResult };
  /** Find the fewest, simplest variables that tell the selected models apart; the same result as the `explain` CLI command. */
  'selection/explain': { params: ExplainSelectionParams; result: SelectionExplanation };
  /** Run models on the spec's dataset with progress and cancellation, caching their outputs; the same result as the `evaluate` CLI command. */
  'models/evaluate': { params: EvaluateParams; result: EvaluateResult };
  /** Compare models' predictions with a base model's: overall, per class, per subgroup, and the instances compression flips; the same result as the `compare` CLI command. */
  'behaviors/compare': { params: CompareParams; result: BehaviorComparison };
  /** One sorted, filtered page of per-instance predictions of the compared models (the Behaviors table's instance rows). */
  'behaviors/instances': { params: InstancesParams; result: InstancesPage };
  /** One instance of the spec's dataset, ready to draw (image pixels or text). */
  'dataset/instance': { params: InstanceParams; result: InstanceData };
  /** Per-tensor and per-module weight statistics of a base and other models, matched by name and shape, streamed tensor by tensor; the same result as the `probe` CLI command. */
  'layers/probe': { params: ProbeParams; result: ProbeResult };
  /** Which layer broke it: a compressed model's modules ranked by how much of its metric gap to its base each recovers when restored to the base's weights, with the base's sensitivity to each, on a sample of the spec's dataset, with progress and cancellation; the same result as the `diagnose` CLI command. */
  'models/diagnose': { params: DiagnoseParams; result: DiagnoseResult };
  /** Apply one operation to a model, once per parameter set (a sweep), measure each child and append them all to the spec in one write, with progress and cancellation (nothing is left behind when cancelled); the same result as the `compress` CLI command. */
  'models/compress': { params: CompressParams; result: CompressResult };
  /** The operations the backend can run on one model, with their declared parameters, and for the others why not (the Compress… form). */
  'models/compressOptions': { params: CompressOptionsParams; result: CompressOptionsResult };
  /** Append a model file made elsewhere (.onnx, .safetensors) to a spec, measured as `compress` measures its children, with progress and cancellation (nothing is written when cancelled); the same result as the `add` CLI command. */
  'models/add': { params: AddModelParams; result: AddModelResult };
  /** Write a shareable report (HTML, or Markdown with SVG charts) on selected models: budgets, the Pareto set within them, Selection Details, Behaviors and Layers against the base, and the commands that reproduce it; the same result as the `report` CLI command. */
  'report/write': { params: WriteReportParams; result: ReportResult };
}

/** Notifications the backend sends: method name → params. */
export interface BackendNotifications {
  /** Notification from the backend: progress of a request that carried a workDoneToken. */
  '$/progress': ProgressParams;
}

export const BACKEND_REQUESTS = ['initialize', 'spec/summarize', 'spec/validateMany', 'selection/explain', 'models/evaluate', 'behaviors/compare', 'behaviors/instances', 'dataset/instance', 'layers/probe', 'models/diagnose', 'models/compress', 'models/compressOptions', 'models/add', 'report/write'] as const;

/** The backend's application error codes (JSON-RPC reserves -32768..-32000; the client's own are negative). */
export const RpcErrorCodes = {
  /** The spec file could not be read (missing, unreadable, too large). */
  SpecUnreadable: 1001,
  /** The request's parameters are invalid (a relative path, an empty list...). */
  InvalidRequest: 1002,
  /** The client and backend speak different protocol versions. */
  ProtocolMismatch: 1003,
  /** A spec changed on disk between being read and being written; nothing was written. */
  SpecChanged: 1004,
  /** A spec cannot take the requested change (no "models" array, a duplicate id...). */
  SpecNotWritable: 1005,
  /** A model's outputs on the dataset cannot be computed or read (no dataset, no artifact, unloadable model, bad outputs file). */
  ModelNotEvaluable: 1006,
  /** A path resolves (symlinks followed) outside the workspace and the allowed folders, or is not a regular file, or is too large for its kind. */
  PathRefused: 1007,
  /** The workspace is in Restricted Mode: reading specs works, running or decoding models does not until the workspace is trusted. */
  WorkspaceUntrusted: 1008,
  /** The backend failed in a way it did not expect; the log has the details. */
  InternalError: 1009,
  /** A model, weights, dataset or outputs file is damaged or not of its format (sizes or offsets that do not fit, a header past its limit...). */
  ModelFileInvalid: 1010,
  /** Decoding a file would take more memory than the backend's budget (COMPRESS_COMPARE_MEMORY_BUDGET_MB). */
  MemoryBudgetExceeded: 1011,
  /** The request named a spec snapshot the backend no longer holds, and the file on disk has changed since: the panel re-reads the spec and asks again. */
  SnapshotGone: 1012,
  /** The execution provider asked for (compressCompare.evaluation.executionProvider, or --execution-provider) cannot run here: a CPU-only backend build, no GPU, or missing CUDA libraries. Nothing ran on another provider instead. */
  ExecutionProviderUnavailable: 1013,
} as const;

/** The kinds of spec diagnostic (SpecDiagnostic.Code). */
export const DiagnosticCodes = {
  InvalidJson: 'invalid-json',
  WrongType: 'wrong-type',
  MissingField: 'missing-field',
  DuplicateId: 'duplicate-id',
  UnknownBase: 'unknown-base',
  Cycle: 'cycle',
  MetricNotNumber: 'metric-not-number',
  UndeclaredMetric: 'undeclared-metric',
  UndeclaredOperation: 'undeclared-operation',
  DuplicateMetric: 'duplicate-metric',
  DuplicateOperation: 'duplicate-operation',
  FileUnreadable: 'file-unreadable',
  PathOutsideSpecFolder: 'path-outside-spec-folder',
  FileMissing: 'file-missing',
  /** The last diagnostic of a spec with more problems than are listed (SpecDiagnosticSink.MaxDiagnostics). */
  TooManyProblems: 'too-many-problems',
  /** A spec with more models than ModelReader.MaxModels: the rest are left out. */
  TooManyModels: 'too-many-models',
  /** A dataset field that does not fit the dataset's "task" (labels of the wrong kind, a threshold outside 0–1). */
  TaskMismatch: 'task-mismatch',
} as const;

/** How much one `behaviors/instances` request may ask for. */
export const InstancePaging = {
  /** The most rows one page returns (InstancesParams.Limit), and the most instances an InstanceFilter may list. */
  MaxRows: 1000,
} as const;

/** How serious a spec diagnostic is (SpecDiagnostic.Severity). */
export const DiagnosticSeverities = {
  Error: 'error',
  Warning: 'warning',
  Information: 'information',
} as const;

/** The fields instance rows sort by (InstanceSort.Field), in the order the webview offers them. */
export const InstanceSortFields = {
  /** How many compared models disagree with the base; the only field that needs no model id. */
  Flips: 'flips',
  /** Whether the model's prediction is the true class. */
  Correct: 'correct',
  /** The model's top-1 probability. */
  Confidence: 'confidence',
  /** The model's confidence minus the base's. */
  ConfidenceChange: 'confidenceChange',
  /** KL(base ‖ model) of the softmax outputs. */
  Kl: 'kl',
  /** Whether the model's prediction equals the base's. */
  Agrees: 'agrees',
  /** Embedding/regression: cosine similarity of the model's output with the base's (ascending = moved most first). */
  Cosine: 'cosine',
  /** Embedding/regression: mean squared difference from the base's output. */
  Mse: 'mse',
  /** Embedding/regression: ‖model − base‖ / ‖base‖. */
  RelativeL2: 'relativeL2',
  /** Regression with labels: the model's squared error to the label. */
  LabelMse: 'labelMse',
} as const;

/** The change conditions instance rows filter by (InstanceFilter.Change), in the order the webview offers them. */
export const InstanceChanges = {
  /** No change condition. */
  All: 'all',
  /** The base was wrong, the model is right. */
  Fixed: 'fixed',
  /** The base was right, the model is wrong. */
  Broken: 'broken',
  /** Both the base and the model are right. */
  BothRight: 'bothRight',
  /** Both the base and the model are wrong. */
  BothWrong: 'bothWrong',
  /** The model's prediction differs from the base's. */
  Disagree: 'disagree',
} as const;

// Generated from protocol/contract.json by `node protocol/generate-validators.mjs`; do not edit.
// contract.json is generated from the C# records in protocol/ by `dotnet run --project backend -- contract`.
import type * as Contract from './contract';

/** One reason a value does not match its schema (ajv's error object; only the fields read here are declared). */
export interface ContractValidationError {
  /** JSON Pointer to the offending value, "" for the value itself. */
  instancePath: string;
  /** The schema keyword that failed, e.g. "type", "required", "enum", "additionalProperties". */
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
}

/** A compiled validator: true when the value matches; otherwise `errors` holds the first reason. */
export interface ContractValidator<T> {
  (data: unknown): data is T;
  errors?: ContractValidationError[] | null;
}

export declare const AddModelParams: ContractValidator<Contract.AddModelParams>;
export declare const AddModelResult: ContractValidator<Contract.AddModelResult>;
export declare const BehaviorComparison: ContractValidator<Contract.BehaviorComparison>;
export declare const CompareParams: ContractValidator<Contract.CompareParams>;
export declare const CompressOptionsParams: ContractValidator<Contract.CompressOptionsParams>;
export declare const CompressOptionsResult: ContractValidator<Contract.CompressOptionsResult>;
export declare const CompressParams: ContractValidator<Contract.CompressParams>;
export declare const CompressResult: ContractValidator<Contract.CompressResult>;
export declare const DiagnoseParams: ContractValidator<Contract.DiagnoseParams>;
export declare const DiagnoseResult: ContractValidator<Contract.DiagnoseResult>;
export declare const EvaluateParams: ContractValidator<Contract.EvaluateParams>;
export declare const EvaluateResult: ContractValidator<Contract.EvaluateResult>;
export declare const ExplainSelectionParams: ContractValidator<Contract.ExplainSelectionParams>;
export declare const InitializeParams: ContractValidator<Contract.InitializeParams>;
export declare const InitializeResult: ContractValidator<Contract.InitializeResult>;
export declare const InstanceData: ContractValidator<Contract.InstanceData>;
export declare const InstanceParams: ContractValidator<Contract.InstanceParams>;
export declare const InstancesPage: ContractValidator<Contract.InstancesPage>;
export declare const InstancesParams: ContractValidator<Contract.InstancesParams>;
export declare const ProbeParams: ContractValidator<Contract.ProbeParams>;
export declare const ProbeResult: ContractValidator<Contract.ProbeResult>;
export declare const ProgressParams: ContractValidator<Contract.ProgressParams>;
export declare const ReportResult: ContractValidator<Contract.ReportResult>;
export declare const SelectionExplanation: ContractValidator<Contract.SelectionExplanation>;
export declare const SpecSummary: ContractValidator<Contract.SpecSummary>;
export declare const SummarizeParams: ContractValidator<Contract.SummarizeParams>;
export declare const ValidateManyParams: ContractValidator<Contract.ValidateManyParams>;
export declare const ValidateManyResult: ContractValidator<Contract.ValidateManyResult>;
export declare const WriteReportParams: ContractValidator<Contract.WriteReportParams>;

export declare const paramsValidators: {
  'initialize': ContractValidator<Contract.InitializeParams>;
  'spec/summarize': ContractValidator<Contract.SummarizeParams>;
  'spec/validateMany': ContractValidator<Contract.ValidateManyParams>;
  'selection/explain': ContractValidator<Contract.ExplainSelectionParams>;
  'models/evaluate': ContractValidator<Contract.EvaluateParams>;
  'behaviors/compare': ContractValidator<Contract.CompareParams>;
  'behaviors/instances': ContractValidator<Contract.InstancesParams>;
  'dataset/instance': ContractValidator<Contract.InstanceParams>;
  'layers/probe': ContractValidator<Contract.ProbeParams>;
  'models/diagnose': ContractValidator<Contract.DiagnoseParams>;
  'models/compress': ContractValidator<Contract.CompressParams>;
  'models/compressOptions': ContractValidator<Contract.CompressOptionsParams>;
  'models/add': ContractValidator<Contract.AddModelParams>;
  'report/write': ContractValidator<Contract.WriteReportParams>;
  '$/progress': ContractValidator<Contract.ProgressParams>;
};

export declare const resultValidators: {
  'initialize': ContractValidator<Contract.InitializeResult>;
  'spec/summarize': ContractValidator<Contract.SpecSummary>;
  'spec/validateMany': ContractValidator<Contract.ValidateManyResult>;
  'selection/explain': ContractValidator<Contract.SelectionExplanation>;
  'models/evaluate': ContractValidator<Contract.EvaluateResult>;
  'behaviors/compare': ContractValidator<Contract.BehaviorComparison>;
  'behaviors/instances': ContractValidator<Contract.InstancesPage>;
  'dataset/instance': ContractValidator<Contract.InstanceData>;
  'layers/probe': ContractValidator<Contract.ProbeResult>;
  'models/diagnose': ContractValidator<Contract.DiagnoseResult>;
  'models/compress': ContractValidator<Contract.CompressResult>;
  'models/compressOptions': ContractValidator<Contract.CompressOptionsResult>;
  'models/add': ContractValidator<Contract.AddModelResult>;
  'report/write': ContractValidator<Contract.ReportResult>;
};

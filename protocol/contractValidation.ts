// Checks a value that crossed the wire against its contract.json schema, through the validators generated ahead of
// time (protocol/generated/validators.js), so a result the extension cannot read is refused where it arrives instead
// of failing later, deep inside a view. Shared: plain code the host and the webviews can both bundle.
import type { BackendRequests } from './generated/contract';
import { paramsValidators, resultValidators, type ContractValidationError, type ContractValidator } from './generated/validators';

/** "<path>: <reason>" for the first mismatch, e.g. "/models/3/metrics: must be object"; undefined when the value matches. */
function firstProblem(validate: ContractValidator<unknown>, value: unknown): string | undefined {
  if (validate(value)) return undefined;
  const error = validate.errors?.[0];
  return error ? describe(error) : 'it does not match the contract';
}

function describe(error: ContractValidationError): string {
  const detail =
    error.keyword === 'additionalProperties' ? ` "${String(error.params.additionalProperty)}"`
      : error.keyword === 'enum' && Array.isArray(error.params.allowedValues) ? ` (${error.params.allowedValues.map((v) => JSON.stringify(v)).join(', ')})`
        : '';
  return `${error.instancePath || '/'}: ${error.message ?? error.keyword}${detail}`;
}

/** Why `value` is not a valid result of `method`, as "<path>: <reason>"; undefined when it is one. */
export function validateResult(method: keyof BackendRequests, value: unknown): string | undefined {
  return firstProblem(resultValidators[method], value);
}

/** Why `value` is not valid params of `method`, as "<path>: <reason>"; undefined when it is. */
export function validateParams(method: keyof typeof paramsValidators, value: unknown): string | undefined {
  return firstProblem(paramsValidators[method], value);
}

// Which finished `layers/probe` the Layers panel may re-send instead of probing again: a webview reload
// asks for what it showed, and reading the weights (or running the models) again would only repeat it.
import type { ProbeResult } from '../../../protocol/generated/contract';

export interface FinishedProbe {
  base: string;
  /** Instances the models ran on; null for weights only. */
  activations: number | null;
  result: ProbeResult;
}

/**
 * The finished probe that answers a request for `base` with `activations`, if any: the same base, and the
 * same count or none asked (a result with activations holds the weights too).
 */
export function cachedProbe(last: FinishedProbe | undefined, base: string, activations: number | null): FinishedProbe | undefined {
  return last?.base === base && (activations === null || last.activations === activations) ? last : undefined;
}

// The backend's execution provider from the settings compressCompare.evaluation.executionProvider ("cpu" | "cuda") and
// compressCompare.evaluation.cudaDevice, as `initialize` sends it ("cpu", "cuda:N"). A value the manifest does not allow
// goes to the backend as it is, which refuses it with the accepted forms: a typo must never quietly run on the CPU.
export function executionProviderSetting(provider: unknown, cudaDevice: unknown): string {
  const name = typeof provider === 'string' ? provider.trim().toLowerCase() : 'cpu';
  return name === 'cuda' ? `cuda:${String(cudaDevice ?? 0)}` : name || 'cpu';
}

// What "a provider" may be wherever one is chosen: a built-in name (`default`, `f1`), a provider
// file path (.yaml, .yml, .json), a provider document as a value, or one already loaded.
import { FIXTURES, isFixtureName } from '../fixtures/fixture-registry.ts';
import { isLoadedProvider, loadProviderDocument, loadProviderFile, type LoadedProvider } from './load-provider-file.ts';
import type { ProviderDocument } from './provider-document.ts';

export type ProviderChoice = string | LoadedProvider | ProviderDocument;

/** Throws ProviderFileError (file, line and field of every problem) for a bad file or document. */
export function resolveProvider(choice: ProviderChoice): LoadedProvider {
  if (typeof choice === 'string') return isFixtureName(choice) ? FIXTURES[choice] : loadProviderFile(choice);
  return isLoadedProvider(choice) ? choice : loadProviderDocument(choice);
}

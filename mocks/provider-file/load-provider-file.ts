// Reads a provider file (.yaml, .yml or .json) once: checked whole, or a ProviderFileError listing
// every problem with file, line and field. The result compiles to ProviderData at any "now".
import { readFileSync } from 'node:fs';
import type { ProviderData } from '../domain/types.ts';
import { compileProvider } from './compile-provider.ts';
import { parseProviderFile, type ProviderFileFormat } from './parse-provider-file.ts';
import type { ProviderDocument } from './provider-document.ts';
import { ProviderFileError } from './provider-file-error.ts';

/** A checked provider configuration, ready to be built relative to the mock's clock. */
export interface LoadedProvider {
  readonly name: string;
  /** Where it came from: a file path, or `built-in`/`in-memory`. */
  readonly origin: string;
  readonly document: ProviderDocument;
  build(nowMs: number): ProviderData;
}

export function isLoadedProvider(value: unknown): value is LoadedProvider {
  return typeof value === 'object' && value !== null && typeof (value as LoadedProvider).build === 'function' && 'document' in value;
}

export function formatOf(file: string): ProviderFileFormat {
  return /\.json$/i.test(file) ? 'json' : 'yaml';
}

/** A provider from text already read (the admin surface, tests); `label` names it in problems. */
export function loadProviderText(text: string, label: string, format: ProviderFileFormat = formatOf(label), name?: string): LoadedProvider {
  const parsed = parseProviderFile(text, format);
  if (!parsed.ok) throw new ProviderFileError(label, parsed.problems);
  const document = parsed.document;
  const shownName = name ?? document.provider.name;
  return { name: shownName, origin: label, document, build: (nowMs) => compileProvider(document, nowMs, shownName) };
}

/** A provider document given as a value (`createMockProvider({ provider: {...} })`), checked the same way. */
export function loadProviderDocument(value: unknown, label = 'provider'): LoadedProvider {
  return loadProviderText(JSON.stringify(value), label, 'json');
}

export function loadProviderFile(file: string, name?: string): LoadedProvider {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ProviderFileError(file, [{ field: '(file)', message: `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})` }]);
  }
  return loadProviderText(text, file, formatOf(file), name);
}

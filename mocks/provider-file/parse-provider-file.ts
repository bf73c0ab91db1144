// Provider file text → a checked ProviderDocument, or every problem with its line and field. YAML
// and JSON both go through the `yaml` parser's document model (JSON is YAML), so a problem in
// either points at its line; a large JSON file is read with JSON.parse and mapped to lines only
// when something is wrong.
import { Ajv, type ErrorObject } from 'ajv';
import { LineCounter, parseDocument, type Document } from 'yaml';
import { checkProviderRules } from './check-provider-rules.ts';
import { fieldPath, type DocumentPath } from './field-path.ts';
import { locateInDocument } from './locate-in-document.ts';
import type { ProviderDocument } from './provider-document.ts';
import type { ProviderFileProblem } from './provider-file-error.ts';
import { providerFileSchema } from './provider-file-schema.ts';

export type ProviderFileFormat = 'yaml' | 'json';

export type ParsedProviderFile =
  | { readonly ok: true; readonly document: ProviderDocument }
  | { readonly ok: false; readonly problems: readonly ProviderFileProblem[] };

const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
const validateSchema = ajv.compile<ProviderDocument>(providerFileSchema);

interface Located {
  readonly doc: Document;
  readonly lines: LineCounter;
}

function toPath(instancePath: string): (string | number)[] {
  return instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? Number(part) : part.replace(/~1/g, '/').replace(/~0/g, '~')));
}

function schemaMessage(error: ErrorObject): { path: DocumentPath; key?: string; message: string } {
  const path = toPath(error.instancePath);
  if (error.keyword === 'required') {
    const field = String(error.params.missingProperty);
    return { path: [...path, field], message: 'is required' };
  }
  if (error.keyword === 'additionalProperties') {
    const field = String(error.params.additionalProperty);
    return { path: [...path, field], key: field, message: 'is not a known field' };
  }
  if (error.keyword === 'enum') return { path, message: `must be one of ${(error.params.allowedValues as unknown[]).map(String).join(', ')}` };
  if (error.keyword === 'type' && error.params.type === 'string' && typeof error.data === 'number') {
    return { path, message: `must be a string: quote it ("${String(error.data)}"), or YAML reads it as a number and drops leading zeros` };
  }
  if (error.keyword === 'oneOf') return { path, message: 'matches none of the allowed forms' };
  return { path, message: error.message ?? error.keyword };
}

/** Branch errors of a failed oneOf repeat what the oneOf says; the oneOf stands for them. */
function withoutBranchNoise(errors: readonly ErrorObject[]): ErrorObject[] {
  const oneOfPaths = errors.filter((e) => e.keyword === 'oneOf').map((e) => e.schemaPath);
  return errors.filter((e) => e.keyword === 'oneOf' || !oneOfPaths.some((p) => e.schemaPath.startsWith(p.replace(/\/oneOf$/, '/oneOf/'))));
}

function locate(located: Located | undefined, path: DocumentPath, key?: string): Pick<ProviderFileProblem, 'line' | 'column'> {
  const at = located ? locateInDocument(located.doc, located.lines, key === undefined ? path : path.slice(0, -1), key) : undefined;
  return at ? { line: at.line, column: at.column } : {};
}

function yamlDocument(text: string): Located & { readonly problems: readonly ProviderFileProblem[] } {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const problems = doc.errors.map((error) => {
    const at = error.linePos?.[0];
    return { ...(at ? { line: at.line, column: at.col } : {}), field: '(syntax)', message: error.message.split('\n')[0] };
  });
  return { doc, lines, problems };
}

function jsonValue(text: string): { ok: true; value: unknown } | { ok: false } {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
}

export function parseProviderFile(text: string, format: ProviderFileFormat): ParsedProviderFile {
  let located: Located | undefined;
  let value: unknown;
  const json = format === 'json' ? jsonValue(text) : { ok: false as const };
  if (json.ok) {
    value = json.value;
  } else {
    const parsed = yamlDocument(text);
    if (parsed.problems.length > 0) return { ok: false, problems: parsed.problems };
    located = parsed;
    value = parsed.doc.toJS({ maxAliasCount: 1000 });
  }
  const lazily = (): Located | undefined => located ?? (located = yamlDocument(text));
  if (!validateSchema(value)) {
    const problems = withoutBranchNoise(validateSchema.errors ?? []).map((error) => {
      const { path, key, message } = schemaMessage(error);
      return { ...locate(lazily(), path, key), field: fieldPath(path), message };
    });
    return { ok: false, problems };
  }
  const rules = checkProviderRules(value);
  if (rules.length > 0) return { ok: false, problems: rules.map((p) => ({ ...locate(lazily(), p.path), field: fieldPath(p.path), message: p.message })) };
  return { ok: true, document: value };
}

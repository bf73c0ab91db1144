// Validates a parsed target file: the JSON Schema first, then the rules a schema cannot say (one
// primary consumer, TLS files that are regular, small and parse, keys that decrypt). Every problem
// names the field, e.g. `target.tls.cert: file not found (certs/client.pem)`.
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import { loadTlsMaterial } from './load-tls-material.ts';
import type { TargetConfig } from './target-config.ts';
import { targetSchema } from './target-schema.ts';

const ajv = new Ajv({ allErrors: true, strict: true });
// ajv-formats is CommonJS: under native ESM its plugin is the `default` property.
addFormats.default(ajv, ['uri']);
const validateSchema = ajv.compile<TargetConfig>(targetSchema);

function fieldPath(instancePath: string): string {
  return `target${instancePath.split('/').slice(1).map((part) => (/^\d+$/.test(part) ? `[${part}]` : `.${part}`)).join('')}`;
}

export function formatSchemaError(error: ErrorObject): string {
  const at = fieldPath(error.instancePath);
  if (error.keyword === 'required') return `${at}.${String(error.params.missingProperty)}: is required`;
  if (error.keyword === 'additionalProperties') return `${at}.${String(error.params.additionalProperty)}: is not a known field`;
  if (error.keyword === 'enum') return `${at}: must be one of ${(error.params.allowedValues as unknown[]).map(String).join(', ')}`;
  return `${at}: ${error.message ?? error.keyword}`;
}

function ruleProblems(config: TargetConfig, baseDir: string, env: NodeJS.ProcessEnv): string[] {
  const problems: string[] = [];
  const roles = config.consumers.map((c) => c.role);
  if (!roles.includes('primary')) problems.push('target.consumers: needs one consumer with role "primary"');
  roles.forEach((role, i) => {
    if (roles.indexOf(role) !== i) problems.push(`target.consumers[${i}].role: "${role}" is declared twice`);
  });
  const pair = config.services.sharedSchedulePair;
  if (pair && pair[0] === pair[1]) problems.push('target.services.sharedSchedulePair: must name two different services');
  const window = config.search?.emptyWindow;
  if (window && window.fromDays >= window.toDays) problems.push('target.search.emptyWindow: fromDays must be before toDays');
  const tls = config.tls ? loadTlsMaterial(config.tls, baseDir, env) : undefined;
  if (tls && !tls.ok) problems.push(...tls.problems);
  return problems;
}

/** Every problem with a target file, or none. `baseDir` resolves the TLS file paths. */
export function validateTargetConfig(value: unknown, baseDir: string, env: NodeJS.ProcessEnv = process.env): readonly string[] {
  if (!validateSchema(value)) return (validateSchema.errors ?? []).map(formatSchemaError);
  return ruleProblems(value, baseDir, env);
}

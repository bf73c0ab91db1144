// The one place that constructs Ajv. It loads every schema file once, compiles each once when the
// registry is created (so the run is warmed up before the first request), and validates by kind.
// Nested resources (Bundle.entry.resource, contained) are validated against their own schema,
// chosen by resourceType, and reported inside the outer path: `Bundle/entry/3/resource/status`.

import { readdirSync, readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import type { ValidateFunction } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { formatSchemaError } from './format-schema-error.ts';
import { listNestedResources } from './list-nested-resources.ts';
import { toValidationResult } from './validation-result.ts';
import type { ValidationMessage, ValidationResult } from './validation-result.ts';

export const SCHEMA_BASE_URI = 'https://booking-assurance.local/schemas/';

/** Every kind a caller can validate: the resource types, plus the create-only form of Appointment. */
export const schemaKinds = [
  'Appointment', 'AppointmentCreateRequest', 'Bundle', 'CapabilityStatement', 'DocumentReference',
  'HealthcareService', 'Location', 'OperationOutcome', 'Organization', 'Patient', 'Practitioner',
  'PractitionerRole', 'Schedule', 'Slot',
] as const;
export type SchemaKind = (typeof schemaKinds)[number];

export const schemaIdFor = (kind: SchemaKind): string => `${SCHEMA_BASE_URI}${kind}.schema.json`;
export const isSchemaKind = (name: string): name is SchemaKind => (schemaKinds as readonly string[]).includes(name);
/** The FHIR resource type a kind describes (the root name of its messages). */
export const resourceTypeOf = (kind: SchemaKind): string => (kind === 'AppointmentCreateRequest' ? 'Appointment' : kind);

export interface SchemaRegistry {
  readonly kinds: readonly SchemaKind[];
  /** The `$id` of every loaded schema file, sorted. */
  readonly schemaIds: readonly string[];
  /** How many schemas were compiled; equals `schemaIds.length` and never grows after creation. */
  compileCount(): number;
  /** The compiled validator for a schema `$id` (the same function every time). */
  getSchema(id: string): ValidateFunction | undefined;
  validate(kind: SchemaKind, value: unknown): ValidationResult;
}

export interface SchemaRegistryOptions {
  /** Directory holding the `*.schema.json` files; defaults to the repository's `schemas/`. */
  readonly schemaDir?: URL;
}

// Document order: `entry/2` before `entry/10`; the sort is stable for messages on one path.
const byPath = (a: ValidationMessage, b: ValidationMessage): number => a.path.localeCompare(b.path, 'en', { numeric: true });

const DEFAULT_SCHEMA_DIR = new URL('../../schemas/', import.meta.url);

export function createSchemaRegistry(options: SchemaRegistryOptions = {}): SchemaRegistry {
  const dir = options.schemaDir ?? DEFAULT_SCHEMA_DIR;
  const ajv = new Ajv2020({ allErrors: true, strict: true, verbose: true });
  addFormats.default(ajv);
  // Annotation keywords read by formatSchemaError; declared so that strict mode accepts them.
  ajv.addKeyword({ keyword: 'x-message', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-obligation', schemaType: 'string' });
  ajv.addKeyword({ keyword: 'x-severity', schemaType: 'string', metaSchema: { enum: ['error', 'warning'] } });

  const files = readdirSync(dir).filter((f) => f.endsWith('.schema.json')).sort();
  const schemaIds = files.map((f) => {
    const schema = JSON.parse(readFileSync(new URL(f, dir), 'utf8')) as { $id?: string };
    if (!schema.$id?.startsWith(SCHEMA_BASE_URI)) throw new Error(`schema ${f} has no $id under ${SCHEMA_BASE_URI}`);
    ajv.addSchema(schema);
    return schema.$id;
  });

  let compiled = 0;
  const validators = new Map<string, ValidateFunction>();
  for (const id of schemaIds) {
    const fn = ajv.getSchema(id);
    if (!fn) throw new Error(`schema ${id} did not compile`);
    compiled += 1;
    validators.set(id, fn);
  }
  for (const kind of schemaKinds) {
    if (!validators.has(schemaIdFor(kind))) throw new Error(`no schema file for ${kind}`);
  }

  const validateAt = (kind: SchemaKind, value: unknown, root: string, pointer: string): ValidationMessage[] => {
    const fn = validators.get(schemaIdFor(kind)) as ValidateFunction;
    const messages: ValidationMessage[] = [];
    // Read the errors before recursing: a nested call may reuse this validator and reset them.
    if (!fn(value)) {
      for (const error of fn.errors ?? []) {
        const message = formatSchemaError(error, root, pointer);
        if (message) messages.push(message);
      }
    }
    for (const nested of listNestedResources(value)) {
      const at = `${pointer}${nested.pointer}`;
      if (isSchemaKind(nested.resourceType) && nested.resourceType !== 'AppointmentCreateRequest') {
        messages.push(...validateAt(nested.resourceType, nested.resource, root, at));
      } else {
        const path = `${root}${at}/resourceType`;
        messages.push({
          path, rule: 'resourceType', severity: 'warning', source: 'schema',
          message: `${path} ${nested.resourceType} has no schema here: only its presence was checked`,
        });
      }
    }
    return messages;
  };

  return {
    kinds: schemaKinds,
    schemaIds,
    compileCount: () => compiled,
    getSchema: (id) => validators.get(id),
    validate: (kind, value) => toValidationResult(validateAt(kind, value, resourceTypeOf(kind), '').sort(byPath)),
  };
}

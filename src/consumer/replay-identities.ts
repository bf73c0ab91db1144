// Who is who in a recording captured against some provider other than the mock: the provider's
// service root and ASID, the consumer systems' ASIDs with their ODS codes, and the DoS service ids.
// Given by flags or by a small JSON file, validated like a target file (every problem names its field).
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import type { KnownConsumer } from '../../mocks/domain/judge/judge-context.ts';
import { formatSchemaError } from '../targets/validate-target-config.ts';

export interface ReplayIdentities {
  readonly baseUrl?: string;
  readonly providerAsid?: string;
  readonly consumers?: readonly KnownConsumer[];
  readonly serviceIds?: readonly string[];
}

const asid = { type: 'string', pattern: '^[0-9]{1,20}$' } as const;
const identitiesSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {
    baseUrl: { type: 'string', format: 'uri', pattern: '^https?://' },
    providerAsid: asid,
    consumers: {
      type: 'array',
      items: { type: 'object', additionalProperties: false, required: ['asid', 'odsCode'], properties: { asid, odsCode: { type: 'string', minLength: 1 }, name: { type: 'string' } } },
    },
    serviceIds: { type: 'array', items: { type: 'string', minLength: 1 } },
  },
} as const;

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv, ['uri']);
const validate = ajv.compile<ReplayIdentities>(identitiesSchema);

export class ReplayIdentitiesError extends Error {
  readonly code = 'REPLAY_IDENTITIES_INVALID';
}

/** Every problem of an identities value, each naming its field (`identities.consumers[0].asid: …`). */
export function checkReplayIdentities(value: unknown): readonly string[] {
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error) => formatSchemaError(error).replace(/^target/, 'identities'));
}

export function loadReplayIdentities(file: string): ReplayIdentities {
  let value: unknown;
  try {
    value = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new ReplayIdentitiesError(`${file}: identities: cannot be read as JSON (${(error as Error).message})`);
  }
  const problems = checkReplayIdentities(value);
  if (problems.length > 0) throw new ReplayIdentitiesError(`${file} is invalid:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return value as ReplayIdentities;
}

/** `--consumer 200000000115:P81001` → the consumer's ASID and ODS code. */
export function parseConsumerFlag(flag: string): KnownConsumer {
  const match = /^(\d{1,20}):([A-Za-z0-9]+)$/.exec(flag);
  if (!match) throw new ReplayIdentitiesError(`--consumer ${JSON.stringify(flag)} must be ASID:ODS, e.g. 200000000115:P81001`);
  return { asid: match[1], odsCode: match[2] };
}

// Applies section-3 switches over a configuration: known keys only, each with the type of its
// strict default. A bad key or value is refused whole, so nothing is half-applied.
import { strictProviderConfig, type ProviderConfig } from './provider-config.ts';
import type { Problem } from './problem.ts';

// The closed sets section 3 allows for the switches that are not free-form.
const ALLOWED: Partial<Record<keyof ProviderConfig, readonly unknown[]>> = {
  serviceValueMatch: ['identifierValue', 'identifierOrLogicalId'],
  unknownServiceStatus: [404, 200],
  unknownParamPolicy: ['ignore', 'reject'],
  authFailureStatus: [403, 401, 400],
  unsupportedAcceptStatus: [415, 406, 501],
  retryBehaviour: ['conflict', 'replay'],
  updateRetryBehaviour: ['as-create', 'conflict', 'replay'],
  mismatchStatus: [409, 412],
  missingIfMatchStatus: [412, 428],
  slotTakenStatus: [422, 409],
  appointmentAccess: ['owner', 'any'],
};

export function mergeProviderConfig(current: ProviderConfig, changes: Record<string, unknown>): { ok: true; config: ProviderConfig } | { ok: false; problem: Problem } {
  for (const [key, value] of Object.entries(changes)) {
    if (!Object.hasOwn(strictProviderConfig, key)) {
      return { ok: false, problem: { code: 'BAD_BODY', diagnostics: `Unknown configuration key ${key}; known: ${Object.keys(strictProviderConfig).join(', ')}`, expression: [key] } };
    }
    const expected = strictProviderConfig[key as keyof ProviderConfig];
    const sameShape = Array.isArray(expected) ? Array.isArray(value) && value.every((v) => typeof v === 'string') : typeof value === typeof expected;
    if (!sameShape) {
      return { ok: false, problem: { code: 'BAD_BODY', diagnostics: `Configuration key ${key} must be ${Array.isArray(expected) ? 'an array of strings' : `a ${typeof expected}`}`, expression: [key] } };
    }
    const allowed = ALLOWED[key as keyof ProviderConfig];
    if (allowed && !allowed.includes(value)) {
      return { ok: false, problem: { code: 'BAD_BODY', diagnostics: `Configuration key ${key} must be one of ${allowed.join(', ')}`, expression: [key] } };
    }
    if (key === 'clockSkewSeconds' && !(Number.isFinite(value) && (value as number) >= 0)) {
      return { ok: false, problem: { code: 'BAD_BODY', diagnostics: 'Configuration key clockSkewSeconds must be a number of seconds, 0 or more', expression: [key] } };
    }
  }
  return { ok: true, config: { ...current, ...changes } as ProviderConfig };
}

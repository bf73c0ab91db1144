// Faults in what every response carries on the wire (headers, error bodies) and in how the
// node:http adapter serves requests (gzip, the SSP-style prefix).
import type { FaultBehaviour, WireResponse } from './fault-behaviour.ts';
import type { MockFault } from './mock-fault.ts';
import type { Json } from './searchset-transform.ts';

function withoutHeader(name: string): FaultBehaviour {
  return {
    wire: (response: WireResponse) => {
      const headers = new Headers(response.headers);
      headers.delete(name);
      return { ...response, headers };
    },
  };
}

/** A fault acting on every OperationOutcome the provider sends. */
function onOutcome(change: (outcome: Json) => Json): FaultBehaviour {
  return {
    result: (result) => {
      const body = result.body as Json | null;
      return body?.resourceType === 'OperationOutcome' ? { ...result, body: change(body) } : result;
    },
  };
}

export const TRANSPORT_FAULTS = {
  // ERR-01 broken.
  'error-without-outcome': {
    wire: (response) => {
      if (response.status < 400) return response;
      const headers = new Headers(response.headers);
      headers.delete('content-type');
      return { ...response, headers, body: null };
    },
  },
  // ERR-02 broken.
  'outcome-without-id': onOutcome(({ id: _dropped, ...outcome }) => outcome),
  // ERR-03 broken.
  'outcome-without-diagnostics': onOutcome((outcome) => ({
    ...outcome,
    issue: (Array.isArray(outcome.issue) ? (outcome.issue as Json[]) : []).map(({ diagnostics: _d, expression: _e, ...issue }) => issue),
  })),
  // SLOT-38 / HTTP-15 broken: an unmatched verb falls through to "not found".
  'wrong-verb-404': {
    problem: (problem) => (problem.code === 'METHOD_NOT_ALLOWED' ? { code: 'NOT_FOUND', diagnostics: 'Not found' } : problem),
  },
  // HTTP-07 broken.
  'wrong-content-type': {
    wire: (response) => {
      if (!response.headers.has('content-type')) return response;
      const headers = new Headers(response.headers);
      headers.set('content-type', 'application/json');
      return { ...response, headers };
    },
  },
  // HTTP-10, XTI-03, XTI-04 broken.
  'missing-cache-control': withoutHeader('cache-control'),
  'no-x-request-id': withoutHeader('x-request-id'),
  'no-x-correlation-id': withoutHeader('x-correlation-id'),
  // HTTP-08 and SSP-06 broken, in the adapter.
  'gzip-ignored': { transport: { gzip: false } },
  'ssp-prefix-unsupported': { transport: { sspPrefix: false } },
} as const satisfies Partial<Record<MockFault, FaultBehaviour>>;

// Builds recorded exchanges for the assertion helpers' tests: a status, headers and a body, as if
// the client had received them.
import type { AnsweredExchange, BodyProblem } from '../client/exchange.ts';

export interface FakeAnswer {
  readonly status?: number;
  readonly headers?: Readonly<Record<string, string>>;
  readonly body?: unknown;
  readonly bodyProblem?: BodyProblem;
  readonly utf8?: boolean;
  readonly id?: string;
  readonly requestHeaders?: Readonly<Record<string, string>>;
}

export const FHIR_JSON_HEADERS = { 'content-type': 'application/fhir+json;charset=utf-8', 'cache-control': 'no-store' };

export function fakeExchange(answer: FakeAnswer = {}): AnsweredExchange {
  const bodyText = answer.body === undefined ? '' : typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
  return {
    id: answer.id ?? 'x-test-1',
    purpose: 'check',
    label: 'test',
    startedAt: '2026-03-16T09:00:00.000Z',
    durationMs: 1,
    request: { method: 'GET', url: 'https://p.example/STU3/1/x/Slot', headers: answer.requestHeaders ?? { 'X-Request-ID': 'r-1' } },
    response: {
      status: answer.status ?? 200,
      statusText: '',
      headers: answer.headers ?? FHIR_JSON_HEADERS,
      bodyText,
      wireBytes: bodyText.length,
      utf8: answer.utf8 ?? true,
      ...(answer.bodyProblem ? { bodyProblem: answer.bodyProblem } : {}),
    },
  };
}

const BASE = 'https://p.example/STU3/1/x';

/** A Slot entry in the fixture's shape. */
export function slotEntry(id: string, schedule: string, status = 'free', start = '2026-03-16T09:00:00+00:00'): Record<string, unknown> {
  return {
    fullUrl: `${BASE}/Slot/${id}`,
    resource: {
      resourceType: 'Slot',
      id,
      meta: { profile: ['https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-Slot-1'] },
      identifier: [{ system: 'https://tools.ietf.org/html/rfc4122', value: 'e02b7989-9b4d-4723-b96b-36a01eea7fb0' }],
      schedule: { reference: `Schedule/${schedule}` },
      status,
      start,
      end: start.replace('T09:00', 'T09:15'),
    },
    search: { mode: 'match' },
  };
}

export function includeEntry(resource: Record<string, unknown>): Record<string, unknown> {
  return { fullUrl: `${BASE}/${String(resource.resourceType)}/${String(resource.id)}`, resource: { meta: { profile: [`https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-${String(resource.resourceType)}-1`] }, ...resource }, search: { mode: 'include' } };
}

export function searchset(entries: readonly Record<string, unknown>[], total = entries.filter((e) => (e.search as { mode?: string }).mode === 'match').length): Record<string, unknown> {
  return { resourceType: 'Bundle', id: 'b1', type: 'searchset', total, link: [{ relation: 'self', url: `${BASE}/Slot` }], ...(entries.length > 0 ? { entry: entries } : {}) };
}

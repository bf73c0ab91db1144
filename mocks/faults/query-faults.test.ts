import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { buildDefaultFixture } from '../fixtures/default-fixture.ts';
import type { FaultContext } from './fault-behaviour.ts';
import { faultHooks } from './fault-hooks.ts';
import type { MockFault } from './mock-fault.ts';

const BASE = 'https://p.example/base';
const NOW = Date.parse('2026-03-16T09:00:00Z');
const ctx: FaultContext = { interaction: 'slot-search', method: 'GET', url: `${BASE}/Slot`, baseUrl: BASE, nowMs: NOW, data: buildDefaultFixture(NOW), currentAppointment: () => undefined };

async function startsSeen(fault: MockFault, starts: readonly string[]): Promise<string[]> {
  const query = new URLSearchParams([['service', '124459850'], ...starts.map((s): [string, string] => ['start', s])]);
  const request = await faultHooks(new Set([fault])).request(new Request(`${BASE}/Slot?${query}`), ctx);
  return new URL(request.url).searchParams.getAll('start');
}

describe('query faults: what the faulty provider reads', () => {
  const table: readonly [MockFault, readonly string[], readonly string[]][] = [
    ['le-exclusive', ['ge2026-03-16T09:00:00Z', 'le2026-03-17T09:00:00Z'], ['ge2026-03-16T09:00:00Z', 'lt2026-03-17T09:00:00Z']],
    ['start-compared-as-string', ['ge2026-03-16T10:00:00+01:00', 'le2026-03-17T04:00:00.000-05:00'], ['ge2026-03-16T10:00:00Z', 'le2026-03-17T04:00:00.000Z']],
    ['start-compared-as-string', ['ge2026-03-16T09:00:00Z', 'le2026-03-16'], ['ge2026-03-16T09:00:00Z', 'le2026-03-16']],
    ['date-precision-ignored', ['ge2026-03-16T09:00:00Z', 'le2026-03-17'], ['ge2026-03-16T09:00:00Z', 'le2026-03-17T00:00:00Z']],
  ];
  for (const [fault, sent, read] of table) {
    it(`${fault}: ${sent.join(' & ')} is read as ${read.join(' & ')}`, async () => {
      assert.deepEqual(await startsSeen(fault, sent), read);
    });
  }

  it('include-spelling-strict keeps only the canonical spelling', async () => {
    const sent = new URLSearchParams([['_include', 'Slot:schedule'], ['_include:recurse', 'Schedule:actor:Practitioner'], ['_include:iterate', 'schedule.actor:practitioner'], ['_include:iterate', 'Schedule:actor:PractitionerRole']]);
    const request = await faultHooks(new Set<MockFault>(['include-spelling-strict'])).request(new Request(`${BASE}/Slot?${sent}`), ctx);
    assert.deepEqual([...new URL(request.url).searchParams], [['_include', 'Slot:schedule'], ['_include:iterate', 'Schedule:actor:PractitionerRole']]);
  });

  it('missing-service-returns-all searches some service when none is named, and leaves a named one alone', async () => {
    const hooks = faultHooks(new Set<MockFault>(['missing-service-returns-all']));
    assert.equal((await hooks.request(new Request(`${BASE}/Slot?status=free`), ctx)).url, `${BASE}/Slot?status=free&service=any`);
    assert.equal((await hooks.request(new Request(`${BASE}/Slot?service=1`), ctx)).url, `${BASE}/Slot?service=1`);
  });
});

describe('query faults: refusals the faithful provider never gives', () => {
  const refusal = async (fault: MockFault, url: string, headers: Record<string, string> = {}) => (await faultHooks(new Set([fault])).refuse(new Request(`${BASE}${url}`, { headers }), ctx))?.code;
  const table: readonly [MockFault, string, Record<string, string>, string | undefined][] = [
    ['start-required', '/Slot?service=1', {}, 'INVALID_PARAMETER'],
    ['start-required', '/Slot?service=1&start=le2026-03-17', {}, undefined],
    ['unknown-include-400', '/Slot?service=1&_include=HealthcareService:endpoint', {}, 'INVALID_PARAMETER'],
    ['unknown-include-400', '/Slot?service=1&_include:iterate=schedule.actor:practitioner', {}, undefined],
    ['dstu2-mime-only', '/metadata', { Accept: 'application/fhir+json;charset=utf-8' }, 'UNSUPPORTED_FORMAT'],
    ['dstu2-mime-only', '/metadata?_format=json', {}, undefined],
    ['non-utc-offset-refused', '/Slot?service=1&start=ge2026-03-16T10%3A00%3A00%2B01%3A00', {}, 'INVALID_PARAMETER'],
    ['non-utc-offset-refused', '/Slot?service=1&start=ge2026-03-16T04%3A00%3A00-05%3A00', {}, 'INVALID_PARAMETER'],
    ['non-utc-offset-refused', '/Slot?service=1&start=ge2026-03-16T09%3A00%3A00%2B00%3A00&start=le2026-03-17', {}, undefined],
    ['no-accept-refused', '/metadata', {}, 'UNSUPPORTED_FORMAT'],
    ['no-accept-refused', '/metadata?_format=json', {}, undefined],
  ];
  for (const [fault, url, headers, code] of table) {
    it(`${fault}: ${url} ${JSON.stringify(headers)} → ${code ?? 'served'}`, async () => {
      assert.equal(await refusal(fault, url, headers), code);
    });
  }
});

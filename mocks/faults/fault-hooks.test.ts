import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { strictProviderConfig } from '../domain/provider-config.ts';
import { buildDefaultFixture } from '../fixtures/default-fixture.ts';
import { ProviderStore } from '../store/provider-store.ts';
import type { FaultContext } from './fault-behaviour.ts';
import { APPOINTMENT_ANSWER_FAULTS } from './appointment-answer-faults.ts';
import { BOOKING_FAULTS } from './booking-faults.ts';
import { BUNDLE_FAULTS } from './bundle-faults.ts';
import { CAPABILITY_FAULTS } from './capability-faults.ts';
import { FAULT_BEHAVIOURS, faultHooks } from './fault-hooks.ts';
import { PATIENT_SEARCH_FAULTS } from './patient-search-faults.ts';
import { QUERY_FAULTS } from './query-faults.ts';
import { READ_CANCEL_FAULTS } from './read-cancel-faults.ts';
import { RESOURCE_FAULTS } from './resource-faults.ts';
import { SEARCH_FAULTS } from './search-faults.ts';
import { TOKEN_FAULTS } from './token-faults.ts';
import { TRANSPORT_FAULTS } from './transport-faults.ts';
import { MOCK_FAULTS, type MockFault } from './mock-fault.ts';

const NOW = Date.parse('2026-03-16T09:00:00Z');
const data = buildDefaultFixture(NOW);
const ctx = (interaction: FaultContext['interaction']): FaultContext => ({
  interaction, method: 'GET', url: 'https://p.example/base/Slot', baseUrl: 'https://p.example/base', nowMs: NOW, data, currentAppointment: () => undefined,
});

describe('faultHooks', () => {
  it('is the identity when no fault is active', async () => {
    const hooks = faultHooks(new Set());
    const request = new Request('https://p.example/base/Slot?start=le2026-03-16');
    const store = new ProviderStore(data);
    const result = { status: 200, body: { resourceType: 'Bundle' } };
    const wire = { status: 200, headers: new Headers(), body: '{}' };
    const problem = { code: 'INVALID_PARAMETER', diagnostics: 'x' } as const;
    assert.equal(await hooks.request(request, ctx('slot-search')), request);
    assert.equal(await hooks.refuse(request, ctx('slot-search')), undefined);
    assert.equal(hooks.bookingLedger(store, ctx('appointment-create')), store);
    const assign = () => 'a-1';
    assert.equal(hooks.appointmentId({ id: 'mine' }, assign), assign);
    assert.equal(hooks.config(strictProviderConfig), strictProviderConfig);
    assert.equal(hooks.searchView(store, data), store);
    assert.equal(hooks.problem(problem, ctx('slot-search')), problem);
    assert.equal(hooks.result(result, ctx('slot-search')), result);
    assert.equal(hooks.wire(wire, ctx('slot-search')), wire);
    assert.deepEqual(hooks.transport, { gzip: true, sspPrefix: true, chunkedRequests: true, gzipUnasked: false });
  });

  it('finds each fault in exactly one table of behaviours (a second entry would silently win)', () => {
    const tables = [CAPABILITY_FAULTS, QUERY_FAULTS, SEARCH_FAULTS, BUNDLE_FAULTS, RESOURCE_FAULTS, TOKEN_FAULTS, TRANSPORT_FAULTS, BOOKING_FAULTS, APPOINTMENT_ANSWER_FAULTS, READ_CANCEL_FAULTS, PATIENT_SEARCH_FAULTS];
    const names = tables.flatMap((table) => Object.keys(table));
    assert.deepEqual(names.filter((name, i) => names.indexOf(name) !== i), []);
    assert.deepEqual([...names].sort(), Object.keys(MOCK_FAULTS).sort());
  });

  it('gives every fault of the catalogue a behaviour', () => {
    const empty = (Object.keys(MOCK_FAULTS) as MockFault[]).filter((fault) => Object.keys(FAULT_BEHAVIOURS[fault]).length === 0);
    assert.deepEqual(empty, []);
  });

  it('stops problem faults once one has answered with a result', () => {
    const hooks = faultHooks(new Set<MockFault>(['bad-query-500', 'past-window-accepted']));
    const answered = hooks.problem({ code: 'WINDOW_IN_PAST', diagnostics: 'both ends in the past' }, ctx('slot-search'));
    assert.equal('status' in answered && answered.status, 200);
    assert.deepEqual(hooks.problem({ code: 'INVALID_PARAMETER', diagnostics: 'start' }, ctx('slot-search')), {
      code: 'INTERNAL', diagnostics: 'Unhandled exception while parsing the query: start',
    });
    assert.deepEqual(hooks.problem({ code: 'INVALID_PARAMETER', diagnostics: 'start' }, ctx('appointment-read')), { code: 'INVALID_PARAMETER', diagnostics: 'start' });
  });

  it('turns the adapter switches off only for their faults', () => {
    assert.deepEqual(faultHooks(new Set<MockFault>(['gzip-ignored'])).transport, { gzip: false, sspPrefix: true, chunkedRequests: true, gzipUnasked: false });
    assert.deepEqual(faultHooks(new Set<MockFault>(['ssp-prefix-unsupported', 'gzip-ignored'])).transport, { gzip: false, sspPrefix: false, chunkedRequests: true, gzipUnasked: false });
    assert.deepEqual(faultHooks(new Set<MockFault>(['gzip-ignored']), [{ transport: { gzipUnasked: true } }]).transport, { gzip: false, sspPrefix: true, chunkedRequests: true, gzipUnasked: true }, 'a fault acts on top of a valid variant');
  });

  it('changes the section-3 switches of its config faults only', () => {
    assert.equal(faultHooks(new Set<MockFault>(['401-for-bad-token'])).config(strictProviderConfig).authFailureStatus, 401);
    assert.equal(faultHooks(new Set<MockFault>(['unknown-param-400'])).config(strictProviderConfig).unknownParamPolicy, 'reject');
  });
});

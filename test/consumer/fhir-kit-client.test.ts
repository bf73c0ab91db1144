// Evidence that the mock behaves like a FHIR server to ordinary tooling, not only to our own client:
// fhir-kit-client, an independent FHIR client from npm, reads the CapabilityStatement, searches
// slots, books, reads, searches the patient's appointments and cancels over HTTP. Its traffic is
// then judged like any consumer's.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Client } from 'fhir-kit-client';
import type { FhirResource } from 'fhir-kit-client';
import { startMockServer } from '../../mocks/server/start-mock-server.ts';
import type { RunningMock } from '../../mocks/server/start-mock-server.ts';
import { CONSUMER_A1001, DEFAULT_PROVIDER_ASID, SERVICE_UTC } from '../../mocks/fixtures/default-fixture.ts';
import { buildReferenceBooking, REFERENCE_NHS_NUMBER } from '../../mocks/fixtures/reference-booking.ts';
import { INTERACTION_IDS, INTERACTION_SCOPES } from '../../spec/interactions.ts';
import type { Interaction } from '../../spec/interactions.ts';
import { judgeRecording } from '../../mocks/domain/judge/judge-recording.ts';
import { buildJwt } from '../../src/jwt/build-jwt.ts';
import { judgeContextOf, mockProviderFacts } from '../../src/consumer/provider-facts-of.ts';

const NOW = Date.parse('2026-03-16T08:00:00Z');
let mock: RunningMock;
let client: Client;

before(async () => {
  mock = await startMockServer({ nowMs: NOW });
  // The consumer's fixed SSP headers go on every request; the per-interaction ones per call.
  client = new Client({ baseUrl: mock.baseUrl, customHeaders: { 'Ssp-From': CONSUMER_A1001.asid, 'Ssp-To': DEFAULT_PROVIDER_ASID } });
});
after(() => mock.close());

/** Request options for one interaction: its JWT scope, interaction id and fresh integrity ids. */
function envelope(interaction: Interaction, extra: Record<string, string> = {}): { headers: Record<string, string> } {
  const jwt = buildJwt({ audience: mock.baseUrl, scope: INTERACTION_SCOPES[interaction], nowSec: Math.floor(NOW / 1000), odsCode: CONSUMER_A1001.odsCode, orgName: CONSUMER_A1001.name });
  return {
    headers: {
      Authorization: jwt.authorization as string,
      'Ssp-TraceID': crypto.randomUUID(),
      'Ssp-InteractionID': INTERACTION_IDS[interaction],
      'X-Request-ID': crypto.randomUUID(),
      ...extra,
    },
  };
}

const etagOf = (resource: FhirResource): string | null | undefined => Client.httpFor(resource).response?.headers.get('etag');
type Entry = { resource: Record<string, unknown> };

test('fhir-kit-client reads the CapabilityStatement, searches, books, reads, finds the patient\'s appointments and cancels against the mock', async () => {
  const capability = await client.capabilityStatement(envelope('metadata'));
  assert.equal(capability.resourceType, 'CapabilityStatement');

  const bundle = await client.search({
    resourceType: 'Slot',
    searchParams: {
      'schedule.actor:healthcareservice': SERVICE_UTC,
      start: [`ge${new Date(NOW).toISOString()}`, `le${new Date(NOW + 86_400_000).toISOString()}`],
      status: 'free',
      _include: 'Slot:schedule',
    },
    options: envelope('slot-search'),
  });
  assert.equal(bundle.resourceType, 'Bundle');
  assert.equal(bundle.type, 'searchset');
  const slot = (bundle.entry as Entry[]).map((e) => e.resource).find((r) => r.resourceType === 'Slot') as Record<string, any>;
  assert.equal(slot.status, 'free');

  const booking = buildReferenceBooking({
    id: slot.id, identifier: slot.identifier[0].value, scheduleId: slot.schedule.reference.split('/')[1],
    start: slot.start, end: slot.end, startMs: Date.parse(slot.start), endMs: Date.parse(slot.end), status: 'free', versionId: 1,
  }, { nowIso: new Date(NOW).toISOString() });
  const created = await client.create({ resourceType: 'Appointment', body: booking as FhirResource, options: envelope('appointment-create') });
  assert.equal(Client.httpFor(created).response?.status, 201);
  assert.deepEqual([created.status, etagOf(created)], ['booked', 'W/"1"']);
  assert.match(Client.httpFor(created).response?.headers.get('location') ?? '', new RegExp(`/Appointment/${String(created.id)}/_history/1$`));

  const read = await client.read({ resourceType: 'Appointment', id: String(created.id), options: envelope('appointment-read') });
  assert.deepEqual([read.id, read.status, etagOf(read)], [created.id, 'booked', 'W/"1"']);

  // REG-01..05: the patient's appointments, by the NBA example query's spelling.
  const held = await client.search({
    resourceType: 'Appointment',
    searchParams: { 'Appointment.participant.actor:Patient.identifier': `https://fhir.nhs.uk/Id/nhs-number|${REFERENCE_NHS_NUMBER}` },
    options: envelope('appointment-search'),
  });
  assert.deepEqual([held.type, held.total, (held.entry as { fullUrl: string }[]).map((e) => e.fullUrl)], ['searchset', 1, [`${mock.baseUrl}/Appointment/${String(created.id)}/_history/1`]]);

  const cancelled = await client.update({
    resourceType: 'Appointment',
    id: String(read.id),
    body: { ...read, status: 'cancelled' },
    options: envelope('appointment-update', { 'If-Match': etagOf(read) as string }),
  });
  assert.deepEqual([cancelled.status, (cancelled.meta as { versionId: string }).versionId, etagOf(cancelled)], ['cancelled', '2', 'W/"2"']);

  const history = await client.vread({ resourceType: 'Appointment', id: String(read.id), version: '1', options: envelope('appointment-read') });
  assert.equal(history.status, 'booked');
});

test('a refusal reaches fhir-kit-client as an HTTP error carrying the OperationOutcome', async () => {
  await assert.rejects(client.read({ resourceType: 'Appointment', id: 'no-such-appointment', options: envelope('appointment-read') }), (error: any) => {
    assert.equal(error.response.status, 404);
    assert.equal(error.response.data.resourceType, 'OperationOutcome');
    return true;
  });
});

test('the fhir-kit-client traffic is judged like any consumer: it only misses the charset on its bodies', () => {
  const judgement = judgeRecording(mock.state.traffic.entries(), judgeContextOf(mockProviderFacts(mock.state)));
  const deviating = judgement.obligations.filter((o) => o.verdict === 'fail' || o.verdict === 'warn');
  assert.deepEqual(deviating.map((o) => [o.id, o.verdict, o.deviations[0]?.message]), [
    ['HTTP-07', 'fail', 'Content-Type "application/fhir+json" must say charset=utf-8'],
  ]);
});

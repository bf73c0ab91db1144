// A consumer that speaks FHIR XML only, as one built on an XML FHIR library would: every request
// asks for application/fhir+xml, bookings and cancels are sent as FHIR XML (serialised by the `fhir`
// package, never by hand), and every answer, errors included, comes back as FHIR XML. Its traffic
// is judged like a JSON consumer's: XML bodies are read into the same JSON form first.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { INTERACTION_IDS, INTERACTION_SCOPES, type Interaction } from '../../spec/interactions.ts';
import { judgeRecording } from '../../mocks/domain/judge/judge-recording.ts';
import { parseFhirXml, toFhirXml } from '../../mocks/domain/transport/fhir-xml.ts';
import { CONSUMER_A1001, DEFAULT_PROVIDER_ASID, SERVICE_UTC } from '../../mocks/fixtures/default-fixture.ts';
import { buildReferenceBooking, REFERENCE_NHS_NUMBER } from '../../mocks/fixtures/reference-booking.ts';
import { startMockServer, type RunningMock } from '../../mocks/server/start-mock-server.ts';
import { judgeContextOf, mockProviderFacts } from '../../src/consumer/provider-facts-of.ts';
import { buildJwt } from '../../src/jwt/build-jwt.ts';

const NOW = Date.parse('2026-03-16T08:00:00Z');
const XML = 'application/fhir+xml;charset=utf-8';
let mock: RunningMock;
/** The traffic of the workflow alone (the error probes are no part of a consumer's workflow). */
let workflow: ReturnType<RunningMock['state']['traffic']['entries']> = [];

before(async () => {
  mock = await startMockServer({ nowMs: NOW });
});
after(() => mock.close());

interface XmlAnswer {
  readonly status: number;
  readonly contentType: string | null;
  readonly etag: string | null;
  readonly resource: Record<string, any>;
}

async function send(interaction: Interaction, method: string, path: string, body?: unknown, extra: Record<string, string> = {}): Promise<XmlAnswer> {
  const jwt = buildJwt({ audience: mock.baseUrl, scope: INTERACTION_SCOPES[interaction], nowSec: Math.floor(NOW / 1000), odsCode: CONSUMER_A1001.odsCode, orgName: CONSUMER_A1001.name });
  const response = await fetch(`${mock.baseUrl}${path}`, {
    method,
    headers: {
      Accept: XML,
      Authorization: jwt.authorization as string,
      'Ssp-TraceID': crypto.randomUUID(),
      'Ssp-From': CONSUMER_A1001.asid,
      'Ssp-To': DEFAULT_PROVIDER_ASID,
      'Ssp-InteractionID': INTERACTION_IDS[interaction],
      'X-Request-ID': crypto.randomUUID(),
      ...(body === undefined ? {} : { 'Content-Type': XML }),
      ...extra,
    },
    ...(body === undefined ? {} : { body: toFhirXml(body) }),
  });
  const parsed = parseFhirXml(await response.text());
  assert.ok(parsed.ok, `${method} ${path}: ${parsed.ok ? '' : parsed.reason}`);
  return { status: response.status, contentType: response.headers.get('content-type'), etag: response.headers.get('etag'), resource: parsed.resource };
}

test('an XML-only consumer reads the statement, searches, books, reads, finds and cancels in FHIR XML', async () => {
  const statement = await send('metadata', 'GET', '/metadata');
  assert.deepEqual([statement.contentType, statement.resource.resourceType, statement.resource.format], [XML, 'CapabilityStatement', ['application/fhir+json', 'application/fhir+xml']]);

  const query = new URLSearchParams([['schedule.actor:healthcareservice', SERVICE_UTC], ['start', `ge${new Date(NOW).toISOString()}`], ['start', `le${new Date(NOW + 86_400_000).toISOString()}`], ['status', 'free']]);
  const search = await send('slot-search', 'GET', `/Slot?${query}`);
  const slot = (search.resource.entry as { resource: Record<string, any> }[]).map((e) => e.resource).find((r) => r.resourceType === 'Slot') as Record<string, any>;
  assert.deepEqual([search.contentType, search.resource.type, slot.status], [XML, 'searchset', 'free']);

  const booking = buildReferenceBooking({
    id: slot.id, identifier: slot.identifier[0].value, scheduleId: slot.schedule.reference.split('/')[1],
    start: slot.start, end: slot.end, startMs: Date.parse(slot.start), endMs: Date.parse(slot.end), status: 'free', versionId: 1,
  }, { nowIso: new Date(NOW).toISOString() });
  const created = await send('appointment-create', 'POST', '/Appointment', booking);
  assert.deepEqual([created.status, created.contentType, created.resource.status, created.etag], [201, XML, 'booked', 'W/"1"']);

  const read = await send('appointment-read', 'GET', `/Appointment/${created.resource.id}`);
  assert.deepEqual([read.status, read.resource.id, read.resource.status], [200, created.resource.id, 'booked']);

  const held = await send('appointment-search', 'GET', `/Appointment?identifier=${encodeURIComponent(`https://fhir.nhs.uk/Id/nhs-number|${REFERENCE_NHS_NUMBER}`)}`);
  assert.deepEqual([held.status, held.resource.total], [200, 1]);

  const cancelled = await send('appointment-update', 'PUT', `/Appointment/${read.resource.id}`, { ...read.resource, status: 'cancelled' }, { 'If-Match': read.etag as string });
  assert.deepEqual([cancelled.status, cancelled.contentType, cancelled.resource.status, cancelled.etag], [200, XML, 'cancelled', 'W/"2"']);
  workflow = [...mock.state.traffic.entries()];
});

test('errors reach the XML consumer as OperationOutcomes in XML', async () => {
  const missing = await send('appointment-read', 'GET', '/Appointment/no-such-appointment');
  assert.deepEqual([missing.status, missing.contentType, missing.resource.resourceType], [404, XML, 'OperationOutcome']);
  const bad = await fetch(`${mock.baseUrl}/Appointment`, { method: 'POST', headers: { 'Content-Type': XML, Accept: XML }, body: '<Appointment xmlns="http://hl7.org/fhir"><status value="booked">' });
  const outcome = parseFhirXml(await bad.text());
  assert.deepEqual([bad.status, outcome.ok && outcome.resource.resourceType], [403, 'OperationOutcome']);
});

test('the XML traffic is judged like JSON traffic: nothing deviates, and the body rules pass as they would in JSON', () => {
  const judgement = judgeRecording(workflow, judgeContextOf(mockProviderFacts(mock.state)));
  const verdict = (id: string) => judgement.obligations.find((o) => o.id === id)?.verdict;
  assert.deepEqual(judgement.obligations.filter((o) => o.verdict === 'fail' || o.verdict === 'warn').map((o) => [o.id, o.deviations[0]?.message]), []);
  assert.deepEqual(['BOOK-01', 'BOOK-04', 'BOOK-05', 'BOOK-11', 'PROF-03', 'CAN-01', 'REG-01'].map((id) => [id, verdict(id)]),
    [['BOOK-01', 'pass'], ['BOOK-04', 'pass'], ['BOOK-05', 'pass'], ['BOOK-11', 'pass'], ['PROF-03', 'pass'], ['CAN-01', 'pass'], ['REG-01', 'pass']]);
});

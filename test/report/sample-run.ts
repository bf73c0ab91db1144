// A small provider run for the report tests: a passing scenario with a warning, a failing one whose
// response body is hostile HTML, a failing one with validation messages, an inconclusive and a
// skipped one; an obligations index with an untested, an out-of-scope and a shared obligation.
import type { Envelope } from '@cucumber/messages';
import type { CoverageInput, ObligationsIndex, RunContext } from '../../src/assurance-report/report-inputs.ts';
import type { Exchange } from '../../src/client/exchange.ts';
import { buildRunEnvelopes, exchangeAttachment, verdictAttachment, warningAttachment } from './envelope-builder.ts';

export const HOSTILE_MARKUP = '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">';
const BASE = 'https://provider.example.nhs.uk/STU3/1/careconnect/appointment';
const IAT = Math.floor(Date.UTC(2026, 2, 16, 8, 0, 0) / 1000);

function exchange(id: string, path: string, status: number, body: string, contentType = 'application/fhir+json;charset=utf-8'): Exchange {
  return {
    id,
    purpose: 'check',
    label: `search ${path}`,
    startedAt: '2026-03-16T08:00:00.120Z',
    durationMs: 42,
    request: { method: 'GET', url: `${BASE}${path}`, headers: { accept: 'application/fhir+json', authorization: 'Bearer eyJhbGciOiJub25lIiwidHlwIjoiSldUIn0.e30.', 'ssp-from': '900000000101' } },
    response: { status, statusText: '', headers: { 'content-type': contentType }, bodyText: body, wireBytes: body.length, utf8: true },
    token: {
      header: { alg: 'none', typ: 'JWT' },
      claims: { iss: 'https://consumer.example', aud: BASE, iat: IAT, exp: IAT + 300, reason_for_request: 'directcare', requested_scope: 'organization/slot.read', requesting_organization: { resourceType: 'Organization', identifier: [{ system: 'https://fhir.nhs.uk/Id/ods-organization-code', value: 'A1001' }] } },
    },
  };
}

const hostileBundle = JSON.stringify({ resourceType: 'Bundle', type: 'searchset', total: 1, entry: [{ resource: { resourceType: 'Slot', id: 'slot-1', comment: HOSTILE_MARKUP } }] });

export function sampleEnvelopes(): Envelope[] {
  const unknownService = exchange('x1-1', '/Slot?schedule.actor:healthcareservice=2000999999', 200, hostileBundle);
  const htmlError = exchange('x1-2', '/metadata', 500, `<html><body>${HOSTILE_MARKUP}</body></html>`, 'text/html');
  const slots = exchange('x2-1', '/Slot?schedule.actor:healthcareservice=124459850&status=free', 200, JSON.stringify({ resourceType: 'Bundle', type: 'searchset', entry: [] }));
  return buildRunEnvelopes([
    {
      name: 'A search returns only slots of schedules mapped to the service',
      tags: ['@area-slots', '@SLOT-07', '@must'],
      steps: [
        { text: 'a slot search for the first service of the shared pair', status: 'PASSED' },
        { text: 'the consumer searches for slots', status: 'PASSED', attachments: [exchangeAttachment(slots)] },
        { text: 'every slot comes from a schedule mapped to the searched service', status: 'PASSED', attachments: [warningAttachment({ code: 'CAP_PLACEHOLDER', message: 'publisher still reads "[publisher]"', obligations: ['CAP-05'], exchangeId: 'x2-1' })] },
      ],
    },
    {
      name: 'An unknown service is answered with 404',
      tags: ['@area-slots', '@SLOT-10', '@must'],
      steps: [
        { text: 'a slot search for an unknown service', status: 'PASSED' },
        { text: 'the consumer searches for slots', status: 'PASSED', attachments: [exchangeAttachment(unknownService), exchangeAttachment(htmlError)] },
        {
          text: 'the response status is 404',
          status: 'FAILED',
          message: 'ConformanceFailure: SLOT-10 STATUS_MISMATCH: an unknown service id was answered with slots',
          attachments: [verdictAttachment({ verdict: 'fail', code: 'STATUS_MISMATCH', message: 'an unknown service id was answered with slots', obligations: ['SLOT-10'], expected: [404], actual: 200, exchangeId: 'x1-1' })],
        },
      ],
    },
    {
      name: 'Every slot validates against CareConnect-Slot-1',
      tags: ['@area-profiles', '@SLOT-32', '@PROF-03', '@must'],
      steps: [
        { text: 'the consumer searches for slots', status: 'PASSED' },
        {
          text: 'every slot is valid FHIR',
          status: 'FAILED',
          message: 'ConformanceFailure: FHIR_INVALID',
          attachments: [verdictAttachment({ verdict: 'fail', code: 'FHIR_INVALID', message: 'the Bundle is not valid FHIR (2 errors)', obligations: ['SLOT-32', 'PROF-03'], expected: 'a valid Bundle', actual: ['Bundle/entry/0/resource/identifier must be array', 'Bundle/entry/0/resource/status must be one of free, busy'] })],
        },
      ],
    },
    {
      name: 'A token issued just before expiry is accepted',
      tags: ['@area-security', '@JWT-13', '@must'],
      steps: [
        { text: 'the clocks agree within a second', status: 'PENDING', attachments: [verdictAttachment({ verdict: 'inconclusive', code: 'INCONCLUSIVE_CLOCK_SKEW', message: 'the target clock is 4.2 s ahead of ours', obligations: ['JWT-13'] })] },
        { text: 'the consumer searches for slots', status: 'SKIPPED' },
      ],
    },
    {
      name: 'No slots gives an empty searchset',
      tags: ['@area-slots', '@SLOT-29', '@should'],
      retriedAttempts: 1,
      steps: [
        { text: 'a service without slots', status: 'SKIPPED', attachments: [verdictAttachment({ verdict: 'skipped', code: 'SKIPPED_TARGET_DATA', message: 'the target declares no services.withoutSlots', obligations: [] })] },
        { text: 'the consumer searches for slots', status: 'SKIPPED' },
      ],
    },
  ]);
}

export const SAMPLE_INDEX: ObligationsIndex = {
  obligations: [
    { id: 'CAP-05', actor: 'Provider', level: 'SHOULD', title: 'Build the statement from the published template.', source: 'NBA:capabilitystatement' },
    { id: 'SLOT-02', actor: 'Consumer', level: 'MUST', title: 'Send the healthcare-service parameter on every Slot search.', source: 'UEC:fs_slotmanagement; CAT C30' },
    { id: 'SLOT-07', actor: 'Provider', level: 'MUST', title: 'Return only Slots of Schedules mapped to the requested service.', source: 'UEC:fs_slotmanagement' },
    { id: 'SLOT-10', actor: 'Provider', level: 'MUST [contested]', title: 'An unknown service id gets 404 with an OperationOutcome.', source: 'UEC:er_overview; PAT P10' },
    { id: 'SLOT-29', actor: 'Provider', level: 'SHOULD [contested]', title: 'When no slot matches, return a Bundle with no resources.', scal: [] },
    { id: 'SLOT-32', actor: 'Provider', level: 'MUST', title: 'Every Slot has meta.profile, one identifier, schedule, start, end and status.', source: 'PAT P14; NBA:slot' },
    { id: 'SLOT-37', actor: 'Provider', level: 'MUST', title: 'Answer a server failure with 500 + OperationOutcome.', source: 'NBA:search_slots' },
    { id: 'JWT-13', actor: 'Both', level: 'MUST', title: 'Keep server clocks synchronised with NHS NTP servers.', source: 'UEC:fs_authentication' },
    { id: 'PROF-03', actor: 'Both', level: 'MUST', title: 'Emit valid FHIR JSON.', scal: ['P11', 'P12'] },
    { id: 'NFR-09', actor: 'Consumer / Provider', level: 'MUST', title: 'Keep an audit trail.', section: '2.14 Non-functional and assurance requirements' },
  ],
};

export const SAMPLE_COVERAGE: CoverageInput = { untested: { 'SLOT-37': 'Witness evidence only: a provider cannot be made to fail on demand' } };

export const SAMPLE_CONTEXT: RunContext = {
  suite: 'provider',
  target: { name: 'Example provider <Trust>', baseUrl: BASE, config: { name: 'Example provider <Trust>', baseUrl: BASE, tls: { cert: 'client.pem', key: 'client.key', passphrase: 'hunter2' } } },
  versions: { 'booking-assurance': '0.1.0', 'NHS Booking API': '2.0.4-live', 'UEC Appointments': '1.0.0' },
  clock: { source: 'system clock (UTC)', targetSkewMs: 4200 },
  command: 'npm run assure -- --target provider.json',
  siblingReports: ['cucumber.html', 'junit.xml'],
};

// Consumer obligations (catalogue section 2, Actor Consumer or Both) that a recording of the
// consumer's requests to the provider cannot show. They are listed in every consumer report with
// the reason, never silently dropped (like cucumber-js's named UNSUPPORTED list).
import type { ObligationLevel } from './consumer-obligations.ts';
import type { ObligationId } from './finding.ts';

export interface NotTestableHere {
  readonly id: ObligationId;
  readonly level: ObligationLevel;
  readonly title: string;
  readonly reason: string;
}

const UI = 'what the consumer shows its user is not in the traffic; check it in witness testing';
const DISCOVERY = 'DoS and SDS lookups happen before the consumer calls the provider, and the mock plays only the provider';

export const NOT_TESTABLE_HERE: readonly NotTestableHere[] = [
  { id: 'SSP-08', level: 'MUST', title: "handle the SSP's own errors (403, 405, 415, 502, 504) and show a meaningful message", reason: `the mock does not inject SSP errors, and ${UI}` },
  { id: 'SSP-10', level: 'MUST', title: 'encode the SDS endpoint URL before use', reason: `the URL comes from SDS: ${DISCOVERY}` },
  { id: 'BOOK-31', level: 'MUST', title: 'the Appointment URL without _history in the CDA linkHtml; the CDA is not replaced once linked', reason: 'the CDA goes to the provider over ITK, not through the booking API the mock records' },
  { id: 'XTI-06', level: 'MUST', title: 'log X-Request-ID and X-Correlation-ID against the booking attempt', reason: "the consumer's own logs are not in the traffic; inspect them in witness testing" },
  { id: 'ERR-06', level: 'MUST', title: 'log provider, SSP, SDS and DoS errors; show a friendly message and next steps', reason: `logs and ${UI}` },
  { id: 'PROF-10', level: 'MUST', title: "the patient's own contact details in Patient.telecom, third parties in Patient.contact", reason: 'whose telephone number it is cannot be told from the body; it needs a scripted third-party contact in witness testing' },
  { id: 'TIME-03', level: 'MUST', title: 'accept and convert times with a non-UTC offset', reason: "the mock answers in UTC only, so the consumer's handling of other offsets in responses is never exercised" },
  { id: 'HTTP-09', level: 'MUST', title: 'support Transfer-Encoding: chunked requests and responses', reason: 'the mock answers with Content-Length, and whether the consumer could parse a chunked reply is not visible in its requests' },
  { id: 'DISC-01', level: 'MUST', title: 'take the booking ASID from the DoS endpoint (http, FHIR, Scheduling)', reason: DISCOVERY },
  { id: 'DISC-02', level: 'MUST', title: 'treat several booking endpoints as a fault; carry on without booking when there is none', reason: `${DISCOVERY}; ${UI}` },
  { id: 'DISC-03', level: 'MUST', title: 'SDS lookup of nhsAS and nhsMhs, and what to do when it fails', reason: DISCOVERY },
  { id: 'DISC-04', level: 'MUST', title: 'honour the DoS requirebooking flag', reason: `the referral goes over ITK and ${DISCOVERY}` },
  { id: 'DISC-05', level: 'MUST', title: 'show every returned slot unfiltered, with its delivery channel, service, location and practitioner', reason: UI },
];

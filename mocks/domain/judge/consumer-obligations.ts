// The consumer obligations the recording judge decides (obligations catalogue, section 2: every row
// whose Actor is Consumer or Both that a recording can show). One row per obligation: its level, a
// short title, the feature it belongs to, and what traffic exercises it (the reason shown when the
// recording does not). Composite rows (CAP-10, BOOK-01, …) are judged through their components on
// the requests of one interaction, so one broken fact fails one scenario only.
import type { Interaction } from '../../../spec/interactions.ts';
import type { ObligationId } from './finding.ts';

/** MUST covers MUST and MUST NOT; SHOULD covers SHOULD and SHOULD NOT (catalogue section 0.2). */
export type ObligationLevel = 'MUST' | 'SHOULD' | 'MAY';

export type ConsumerConcern = 'jwt' | 'ssp-headers' | 'slot-search' | 'booking-body' | 'retries-and-integrity' | 'cancel' | 'times' | 'patient-search';

export interface ObligationComponent {
  readonly obligation: ObligationId;
  /** Only the findings on requests of this interaction count; all requests when absent. */
  readonly interaction?: Interaction;
}

export interface ConsumerObligation {
  readonly id: ObligationId;
  readonly level: ObligationLevel;
  readonly concern: ConsumerConcern;
  readonly title: string;
  /** Completes "not exercised: the recording has no …". */
  readonly exercisedBy: string;
  /** Other obligations (on one interaction) whose findings also decide this one. */
  readonly components?: readonly ObligationComponent[];
}

const on = (interaction: Interaction, ...ids: ObligationId[]): ObligationComponent[] => ids.map((obligation) => ({ obligation, interaction }));
const all = (...ids: ObligationId[]): ObligationComponent[] => ids.map((obligation) => ({ obligation }));

const ANY = 'request to the provider API';
const TOKEN = 'request carrying a decodable bearer token';
const SEARCH = 'slot search';
const BOOKING = 'booking request with a JSON body';
const CANCEL = 'cancel (PUT Appointment)';

export const CONSUMER_OBLIGATIONS: readonly ConsumerObligation[] = [
  // jwt
  { id: 'JWT-01', level: 'MUST', concern: 'jwt', title: 'Authorization: Bearer <JWT> on every request', exercisedBy: ANY },
  { id: 'JWT-02', level: 'MUST', concern: 'jwt', title: 'JWT header {"alg":"none","typ":"JWT"}', exercisedBy: TOKEN },
  { id: 'JWT-03', level: 'MUST', concern: 'jwt', title: 'empty signature: the token ends with "."', exercisedBy: TOKEN },
  { id: 'JWT-04', level: 'MUST', concern: 'jwt', title: 'every mandatory claim present', exercisedBy: TOKEN },
  { id: 'JWT-06', level: 'MUST', concern: 'jwt', title: "iss is the consumer's https Spine endpoint URL", exercisedBy: TOKEN },
  { id: 'JWT-07', level: 'MUST', concern: 'jwt', title: 'sub is the user id and equals requesting_practitioner.id', exercisedBy: TOKEN },
  { id: 'JWT-08', level: 'MUST', concern: 'jwt', title: 'aud is the provider service root URL', exercisedBy: TOKEN },
  { id: 'JWT-10', level: 'MUST', concern: 'jwt', title: 'iat and exp integer seconds, exp = iat + 300', exercisedBy: TOKEN },
  { id: 'JWT-14', level: 'MUST', concern: 'jwt', title: 'reason_for_request is "directcare"', exercisedBy: TOKEN },
  { id: 'JWT-15', level: 'MUST', concern: 'jwt', title: 'requested_scope fits the interaction', exercisedBy: TOKEN },
  { id: 'JWT-17', level: 'MUST', concern: 'jwt', title: 'requesting_device is a minimal Device', exercisedBy: TOKEN },
  { id: 'JWT-18', level: 'MUST', concern: 'jwt', title: 'requesting_organization is a minimal Organization naming the consumer', exercisedBy: TOKEN },
  { id: 'JWT-20', level: 'MUST', concern: 'jwt', title: 'requesting_practitioner well formed, naming a real user (not a fixed system user)', exercisedBy: TOKEN },
  { id: 'JWT-25', level: 'SHOULD', concern: 'jwt', title: 'a fresh token for each request', exercisedBy: TOKEN },
  // JWT-26 is new (derived from JWT-10/11/12/13/25): see the closing note of the consumer judge.
  { id: 'JWT-26', level: 'MUST', concern: 'jwt', title: 'the token is within its lifetime when sent (iat not after, exp after the send time)', exercisedBy: TOKEN },
  { id: 'TIME-06', level: 'MUST', concern: 'jwt', title: 'integer UNIX seconds for iat and exp', exercisedBy: TOKEN, components: all('JWT-10') },
  // ssp-headers
  { id: 'SSP-01', level: 'MUST', concern: 'ssp-headers', title: 'through the SSP with exactly one "/" before the provider URL', exercisedBy: 'request sent through an SSP-style prefix (/<provider URL>/…)' },
  { id: 'SSP-02', level: 'MUST', concern: 'ssp-headers', title: 'Ssp-TraceID is a UUID, unique per request and never shared between patients', exercisedBy: ANY },
  { id: 'SSP-03', level: 'MUST', concern: 'ssp-headers', title: "Ssp-From is the consumer's ASID", exercisedBy: ANY },
  { id: 'SSP-04', level: 'MUST', concern: 'ssp-headers', title: "Ssp-To is the provider's ASID", exercisedBy: ANY },
  { id: 'SSP-05', level: 'MUST', concern: 'ssp-headers', title: 'Ssp-InteractionID names the operation', exercisedBy: ANY },
  { id: 'XTI-01', level: 'MUST', concern: 'ssp-headers', title: 'X-Request-ID (a UUID) on every request', exercisedBy: ANY },
  { id: 'HTTP-07', level: 'MUST', concern: 'ssp-headers', title: 'request bodies declared as charset=utf-8', exercisedBy: 'request body with a Content-Type' },
  { id: 'HTTP-08', level: 'MUST', concern: 'ssp-headers', title: 'gzip supported (advertised in Accept-Encoding or used on a body)', exercisedBy: 'request advertising gzip or sending a gzipped body' },
  { id: 'CAP-09', level: 'SHOULD', concern: 'ssp-headers', title: 'the CapabilityStatement is fetched before the first slot search', exercisedBy: SEARCH },
  { id: 'CAP-10', level: 'MUST', concern: 'ssp-headers', title: 'metadata request with the SSP headers and a slot.read JWT', exercisedBy: 'metadata request', components: on('metadata', 'JWT-01', 'JWT-15', 'SSP-02', 'SSP-03', 'SSP-04', 'SSP-05') },
  // slot-search
  { id: 'SLOT-02', level: 'MUST', concern: 'slot-search', title: 'schedule.actor:healthcareservice=<DoS service id> on every slot search', exercisedBy: SEARCH },
  { id: 'SLOT-03', level: 'MUST', concern: 'slot-search', title: 'an upper bound on start (start=le… or start=lt…)', exercisedBy: SEARCH },
  { id: 'SLOT-04', level: 'MUST', concern: 'slot-search', title: 'query values percent-encoded: no literal "+" in a start value', exercisedBy: 'slot search with a start parameter' },
  { id: 'SLOT-05', level: 'MAY', concern: 'slot-search', title: 'status=free (informational)', exercisedBy: SEARCH },
  { id: 'SLOT-39', level: 'SHOULD', concern: 'slot-search', title: 'a search answered 4xx is not resent unchanged', exercisedBy: 'slot search answered with a 4xx' },
  // times
  { id: 'TIME-01', level: 'MUST', concern: 'times', title: 'times in FHIR instant form (dates where the type is a date)', exercisedBy: 'time in a search value or a booking body' },
  { id: 'TIME-02', level: 'SHOULD', concern: 'times', title: 'times converted to UTC before sending', exercisedBy: 'time in a search value or a booking body' },
  // booking-body
  { id: 'BOOK-01', level: 'MUST', concern: 'booking-body', title: 'POST [base]/Appointment with a FHIR Content-Type, the write scope, the create interaction id and X-Request-ID', exercisedBy: 'booking request', components: on('appointment-create', 'JWT-15', 'SSP-05', 'XTI-01') },
  { id: 'BOOK-02', level: 'MUST', concern: 'booking-body', title: 'no Appointment.id on create (MUST NOT)', exercisedBy: BOOKING },
  { id: 'BOOK-04', level: 'MUST', concern: 'booking-body', title: 'meta.profile CareConnect-Appointment-1, status booked, language en or en-GB', exercisedBy: BOOKING },
  { id: 'BOOK-05', level: 'MUST', concern: 'booking-body', title: 'exactly one contained DocumentReference, Patient and Slot with unique ids', exercisedBy: BOOKING },
  { id: 'BOOK-07', level: 'MUST', concern: 'booking-body', title: 'start, end and created set; the appointment covers the slot (C-17, C-18)', exercisedBy: BOOKING },
  { id: 'BOOK-08', level: 'MUST', concern: 'booking-body', title: 'a description', exercisedBy: BOOKING },
  { id: 'BOOK-09', level: 'MUST', concern: 'booking-body', title: 'slot: exactly one reference, to the contained Slot', exercisedBy: BOOKING },
  { id: 'BOOK-10', level: 'MUST', concern: 'booking-body', title: 'supportingInformation: exactly one reference, to the contained DocumentReference', exercisedBy: BOOKING },
  { id: 'BOOK-11', level: 'MUST', concern: 'booking-body', title: 'one participant: the contained Patient, with a status (C-20)', exercisedBy: BOOKING },
  { id: 'BOOK-12', level: 'MAY', concern: 'booking-body', title: 'incomingReferral at most once', exercisedBy: BOOKING },
  { id: 'BOOK-13', level: 'MUST', concern: 'booking-body', title: 'the contained DocumentReference points at the CDA', exercisedBy: BOOKING },
  { id: 'PROF-04', level: 'MUST', concern: 'booking-body', title: 'the DocumentReference is built as in BOOK-13', exercisedBy: BOOKING, components: all('BOOK-13') },
  { id: 'BOOK-14', level: 'MUST', concern: 'booking-body', title: 'the contained Patient follows the PROF rules', exercisedBy: BOOKING, components: all('PROF-05', 'PROF-06', 'PROF-08', 'PROF-09', 'PROF-11', 'PROF-12') },
  { id: 'BOOK-15', level: 'MUST', concern: 'booking-body', title: 'the contained Slot copies a free slot the provider served in an earlier search', exercisedBy: BOOKING },
  { id: 'PROF-15', level: 'MUST', concern: 'booking-body', title: 'the contained Slot is built as in BOOK-15', exercisedBy: BOOKING, components: all('BOOK-15') },
  { id: 'PROF-01', level: 'MUST', concern: 'booking-body', title: 'meta.profile of every contained resource', exercisedBy: BOOKING },
  { id: 'PROF-02', level: 'MUST', concern: 'booking-body', title: 'Appointment bodies valid against base STU3 (structural schema)', exercisedBy: 'POST or PUT Appointment body (with a structural validator configured)' },
  { id: 'PROF-03', level: 'MUST', concern: 'booking-body', title: 'valid FHIR JSON: repeating elements as arrays, nothing empty', exercisedBy: 'POST or PUT Appointment body' },
  { id: 'PROF-05', level: 'MUST', concern: 'booking-body', title: 'a Patient identifier only for an NHS number', exercisedBy: BOOKING },
  { id: 'PROF-06', level: 'MUST', concern: 'booking-body', title: 'the NHS number: official, nhs-number system, Modulus 11, verification status', exercisedBy: 'booking whose Patient carries an NHS number' },
  { id: 'PROF-07', level: 'SHOULD', concern: 'booking-body', title: 'the NHS number traced on PDS (verification status 01)', exercisedBy: 'booking whose Patient carries an NHS number' },
  { id: 'PROF-08', level: 'MUST', concern: 'booking-body', title: 'one name, gender, a past birthDate, one address with postalCode and use', exercisedBy: BOOKING },
  { id: 'PROF-09', level: 'MUST', concern: 'booking-body', title: 'at least one set of contact details', exercisedBy: BOOKING },
  { id: 'PROF-11', level: 'MUST', concern: 'booking-body', title: 'every Patient.contact has a relationship and a name', exercisedBy: 'booking with a Patient.contact' },
  { id: 'PROF-12', level: 'MUST', concern: 'booking-body', title: 'every telecom ranked, exactly one rank 1', exercisedBy: 'booking with contact details' },
  // retries-and-integrity
  { id: 'XTI-02', level: 'MUST', concern: 'retries-and-integrity', title: 'a retried POST/PUT keeps its X-Request-ID; an id is never reused for another request', exercisedBy: 'POST or PUT resent, or X-Request-ID reused' },
  { id: 'ERR-07', level: 'SHOULD', concern: 'retries-and-integrity', title: 'a request answered 4xx is not resent unchanged (a 500 may be retried)', exercisedBy: 'request other than a slot search answered with a 4xx' },
  { id: 'HTTP-17', level: 'MUST', concern: 'retries-and-integrity', title: 'logical ids used verbatim (opaque, case-sensitive)', exercisedBy: 'read or cancel of an appointment id the provider issued' },
  // cancel
  { id: 'CAN-01', level: 'MUST', concern: 'cancel', title: 'a read of the appointment immediately before the cancel; only status changes', exercisedBy: CANCEL },
  { id: 'CAN-02', level: 'MUST', concern: 'cancel', title: 'PUT with If-Match from the latest ETag, the update interaction id, the write scope and X-Request-ID', exercisedBy: CANCEL, components: on('appointment-update', 'JWT-15', 'SSP-05', 'XTI-01') },
  { id: 'CAN-13', level: 'MUST', concern: 'cancel', title: 'a 409 or 412 answered by re-reading and retrying (bounded)', exercisedBy: 'cancel answered 409 or 412' },
  { id: 'CAN-14', level: 'SHOULD', concern: 'cancel', title: 'when rebooking, the new booking is made before the original is cancelled', exercisedBy: 'rebooking (a second booking and a cancel for one patient)' },
  { id: 'READ-01', level: 'MUST', concern: 'cancel', title: 'GET [base]/Appointment/[id] with the read interaction id and the read scope', exercisedBy: 'appointment read', components: on('appointment-read', 'JWT-15', 'SSP-05') },
  // patient-search: the catalogue gives REG-01 no level (the search is optional), so it is judged as a
  // SHOULD; its scope and interaction id are MUSTs of their own (JWT-15, SSP-05) on every request.
  { id: 'REG-01', level: 'SHOULD', concern: 'patient-search', title: 'GET [base]/Appointment naming the patient in a published form, with the read scope and the search interaction id', exercisedBy: 'patient appointment search', components: on('appointment-search', 'JWT-15', 'SSP-05') },
  { id: 'XTI-07', level: 'MUST', concern: 'cancel', title: 'version-aware updates: read the latest version, change only what is needed, handle 409/412', exercisedBy: CANCEL, components: all('CAN-01', 'CAN-02', 'CAN-13') },
];

export function findConsumerObligation(id: string): ConsumerObligation | undefined {
  return CONSUMER_OBLIGATIONS.find((row) => row.id === id);
}

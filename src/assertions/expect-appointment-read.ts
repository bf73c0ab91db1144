// Reading an appointment back: 200 with the Appointment asked for and a weak ETag of its version
// (READ-02), the exact version a vread names (READ-03), the fields it was booked with (READ-06), the
// provider's own patient identifier when none was sent (BOOK-28), and a malformed read parameter
// refused (READ-07).
import type { Exchange } from '../client/exchange.ts';
import { instantMs, isRecord, type JsonObject } from '../../mocks/domain/booking/fhir-primitives.ts';
import { containedOfType } from '../booking/booking-variants.ts';
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { readAppointment, type CreatedAppointment } from './expect-booking-created.ts';
import { expectOperationOutcome } from './expect-operation-outcome.ts';
import { expectStatus } from './expect-status.ts';
import { expectWeakEtag } from './expect-version-headers.ts';
import { fail, type Warn } from '../verdict/fail.ts';
import { answered, type FhirResource } from '../fhir/read-fhir-json.ts';
import { NHS_NUMBER_SYSTEM } from '../../spec/care-connect.ts';

export interface ExpectedVersion {
  readonly id: string;
  readonly versionId?: string;
  readonly status?: string;
}

export function expectAppointmentRead(exchange: Exchange, expected: ExpectedVersion, obligations: readonly string[], policy: ConformancePolicy, warn: Warn): CreatedAppointment {
  expectStatus(exchange, [200], obligations);
  const read = readAppointment(exchange, obligations);
  const actual = { id: read.id, versionId: read.versionId, status: read.resource.status };
  const wrong = read.id !== expected.id || (expected.versionId !== undefined && read.versionId !== expected.versionId) || (expected.status !== undefined && read.resource.status !== expected.status);
  if (wrong) fail(exchange, { code: 'WRONG_VERSION', obligations, reason: 'the read returned another appointment, version or status than asked for', expected, actual });
  expectWeakEtag(exchange, read.versionId, [...obligations, 'HTTP-11'], policy, warn);
  return read;
}


function get(resource: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((value, key) => (Array.isArray(value) ? value[Number(key)] : isRecord(value) ? value[key] : undefined), resource);
}

function nhsNumberOf(patient: unknown): unknown {
  const identifiers = get(patient, 'identifier');
  return Array.isArray(identifiers) ? identifiers.find((id: { system?: unknown }) => id.system === NHS_NUMBER_SYSTEM)?.value : undefined;
}

function lengthOf(value: unknown): number {
  return Array.isArray(value) ? value.length : 0;
}

/** READ-06: what must survive the round trip ("fields may be normalised, instants must be equal"). */
export function differencesFromBooking(read: FhirResource, sent: JsonObject): string[] {
  const readPart = (type: string) => containedOfType(read, type);
  const sentPart = (type: string) => containedOfType(sent, type);
  const sameInstant = (a: unknown, b: unknown) => instantMs(a) !== undefined && instantMs(a) === instantMs(b);
  const checks: [string, boolean][] = [
    ['status is booked', read.status === 'booked'],
    ['start is the instant booked', sameInstant(read.start, sent.start)],
    ['end is the instant booked', sameInstant(read.end, sent.end)],
    ['description is as booked', read.description === sent.description],
    ['created is present', typeof read.created === 'string' && read.created !== ''],
    ['one slot, one supportingInformation and one participant', lengthOf(read.slot) === 1 && lengthOf(read.supportingInformation) === 1 && lengthOf(read.participant) === 1],
    ['one contained DocumentReference, Patient and Slot', ['DocumentReference', 'Patient', 'Slot'].every((type) => lengthOf(read.contained) === 3 && readPart(type) !== undefined)],
    ['the patient\'s name, gender and birth date are as booked', ['name.0.family', 'name.0.given.0', 'gender', 'birthDate'].every((path) => get(readPart('Patient'), path) === get(sentPart('Patient'), path))],
    ['the NHS number is as booked', nhsNumberOf(sentPart('Patient')) === undefined || nhsNumberOf(readPart('Patient')) === nhsNumberOf(sentPart('Patient'))],
    ['the DocumentReference names the CDA booked', get(readPart('DocumentReference'), 'identifier.0.value') === get(sentPart('DocumentReference'), 'identifier.0.value')],
    ['the contained Slot is the slot booked', get(readPart('Slot'), 'identifier.0.value') === get(sentPart('Slot'), 'identifier.0.value') && sameInstant(get(readPart('Slot'), 'start'), get(sentPart('Slot'), 'start'))],
  ];
  return checks.filter(([, ok]) => !ok).map(([rule]) => rule);
}

export function expectBookedFieldsPreserved(exchange: Exchange, read: FhirResource, sent: JsonObject): void {
  const differences = differencesFromBooking(read, sent);
  if (differences.length > 0) {
    fail(exchange, { code: 'FIELDS_NOT_PRESERVED', obligations: ['READ-06'], reason: `the appointment read back differs from the booking: not true that ${differences.join('; ')}`, expected: 'the fields as booked', actual: differences });
  }
}

/** BOOK-28: the stored Patient carries the provider's own identifier when the consumer sent none. */
export function expectProviderPatientIdentifier(exchange: Exchange, read: FhirResource): void {
  const identifiers = get(containedOfType(read, 'Patient'), 'identifier');
  const named = Array.isArray(identifiers) && identifiers.some((id: { value?: unknown }) => typeof id.value === 'string' && id.value !== '');
  if (!named) {
    fail(exchange, { code: 'NO_LOCAL_PATIENT_ID', obligations: ['BOOK-28'], reason: 'the patient booked without an NHS number is read back without any identifier', expected: 'Patient.identifier with the provider\'s local id', actual: identifiers ?? null });
  }
}

/** READ-07: 400 + OperationOutcome, or — where the target declares it ignores them — the Appointment. */
export function expectMalformedReadParamAnswer(exchange: Exchange, id: string, policy: ConformancePolicy, warn: Warn): void {
  const statuses = policy.read.invalidParamStatuses;
  if (answered(exchange).response.status === 200 && statuses.includes(200)) {
    expectAppointmentRead(exchange, { id }, ['READ-07'], policy, warn);
    return;
  }
  expectOperationOutcome(exchange, { statuses: statuses.filter((s) => s !== 200), obligations: ['READ-07'] }, policy, warn);
}

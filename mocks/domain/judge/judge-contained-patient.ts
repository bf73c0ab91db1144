// BOOK-14: the contained Patient, one finding per PROF rule (PROF-05..09, 11, 12). Stricter than the
// provider's validation, which stops at the first problem and tolerates a patient without contact
// details (BOOK-26); a consumer must record them (PROF-09).
import { dateStartMs, isNonEmptyString, isRecord } from '../booking/fhir-primitives.ts';
import type { JsonObject } from '../booking/fhir-primitives.ts';
import { isValidNhsNumber } from '../booking/is-valid-nhs-number.ts';
import { NHS_NUMBER_SYSTEM, NHS_VERIFICATION_SYSTEM, NHS_VERIFICATION_URL } from '../../../spec/care-connect.ts';
import { GENDERS } from '../../../spec/value-sets.ts';
import { finding } from './finding.ts';
import type { Finding, ObligationId } from './finding.ts';


const verdict = (id: ObligationId, missing: string[], ok: string, evidence?: unknown): Finding =>
  missing.length === 0 ? finding(id, 'pass', ok) : finding(id, 'fail', `Patient: ${missing.join('; ')}`, evidence);

const records = (value: unknown): JsonObject[] => (Array.isArray(value) ? value.filter(isRecord) : []);

/** The verification status code of an NHS number identifier, if it carries one. */
function verificationCode(id: JsonObject): string | undefined {
  const ext = records(id.extension).find((e) => e.url === NHS_VERIFICATION_URL);
  const concept = ext?.valueCodeableConcept;
  const coding = isRecord(concept) ? records(concept.coding).find((c) => c.system === NHS_VERIFICATION_SYSTEM) : undefined;
  return isNonEmptyString(coding?.code) ? coding.code : undefined;
}

// PROF-05, PROF-06, PROF-07: an identifier only for an NHS number, and then fully described.
function judgeNhsNumber(patient: JsonObject): Finding[] {
  if (patient.identifier === undefined) return [finding('PROF-05', 'pass', 'no identifier: no NHS number known')];
  const ids = records(patient.identifier);
  if (!Array.isArray(patient.identifier) || ids.length !== 1 || ids[0].system !== NHS_NUMBER_SYSTEM) {
    return [finding('PROF-05', 'fail', `Patient.identifier may only hold one NHS number (system ${NHS_NUMBER_SYSTEM}); send none when it is not known`, patient.identifier)];
  }
  const [id] = ids;
  const missing: string[] = [];
  if (id.use !== 'official') missing.push(`use "official" (got ${JSON.stringify(id.use)})`);
  if (!isValidNhsNumber(id.value)) missing.push(`a 10-digit value passing the Modulus 11 check (got ${JSON.stringify(id.value)})`);
  const code = verificationCode(id);
  if (code === undefined) missing.push(`the ${NHS_VERIFICATION_URL} extension with a coding from ${NHS_VERIFICATION_SYSTEM}`);
  return [
    finding('PROF-05', 'pass', 'the identifier is the NHS number'),
    missing.length === 0 ? finding('PROF-06', 'pass', 'NHS number fully described') : finding('PROF-06', 'fail', `the NHS number needs ${missing.join('; ')}`, id),
    ...(code === undefined ? [] : [code === '01'
      ? finding('PROF-07', 'pass', 'verification status 01 (traced and verified)')
      : finding('PROF-07', 'warn', `verification status ${code}; trace the NHS number on PDS before booking (01 expected)`, code)]),
  ];
}

// PROF-08: demographics.
function judgeDemographics(patient: JsonObject, nowMs: number): Finding {
  const missing: string[] = [];
  const names = records(patient.name);
  const name = names[0];
  if (!Array.isArray(patient.name) || patient.name.length !== 1 || name === undefined) missing.push('exactly one name');
  else if (!isNonEmptyString(name.family) || !Array.isArray(name.given) || !name.given.some(isNonEmptyString)) missing.push('name.family and name.given');
  if (typeof patient.gender !== 'string' || !GENDERS.has(patient.gender)) missing.push('gender (male, female, other or unknown)');
  const born = dateStartMs(patient.birthDate);
  if (born === undefined || born > nowMs) missing.push('a birthDate in the past');
  const addresses = records(patient.address);
  if (!Array.isArray(patient.address) || patient.address.length !== 1 || addresses.length !== 1) missing.push('exactly one address');
  else if (!isNonEmptyString(addresses[0].postalCode) || !isNonEmptyString(addresses[0].use)) missing.push('address.postalCode and address.use');
  return verdict('PROF-08', missing, 'name, gender, birthDate and address present');
}

/** Every contact point with its path: the patient's own, then each third party's. */
function telecomsOf(patient: JsonObject): [string, unknown][] {
  const own = (Array.isArray(patient.telecom) ? patient.telecom : []).map((t, i): [string, unknown] => [`telecom[${i}]`, t]);
  const contacts = records(patient.contact).flatMap((c, k) =>
    (Array.isArray(c.telecom) ? c.telecom : []).map((t, i): [string, unknown] => [`contact[${k}].telecom[${i}]`, t]));
  return [...own, ...contacts];
}

// PROF-12: positive integer ranks, exactly one rank 1.
function judgeRanks(telecoms: [string, unknown][]): Finding {
  const unranked = telecoms.filter(([, t]) => !isRecord(t) || !Number.isInteger(t.rank) || (t.rank as number) < 1).map(([p]) => p);
  const primaries = telecoms.filter(([, t]) => isRecord(t) && t.rank === 1).map(([p]) => p);
  const missing: string[] = [];
  if (unranked.length > 0) missing.push(`a positive integer rank on ${unranked.join(', ')}`);
  if (primaries.length !== 1) missing.push(`exactly one contact point with rank 1 (found ${primaries.length === 0 ? 'none' : primaries.join(', ')})`);
  return verdict('PROF-12', missing, 'contact points ranked with one primary', telecoms.map(([p, t]) => [p, isRecord(t) ? t.rank : undefined]));
}

export function judgeContainedPatient(patient: JsonObject, nowMs: number): Finding[] {
  const telecoms = telecomsOf(patient);
  const findings = [
    ...judgeNhsNumber(patient),
    judgeDemographics(patient, nowMs),
    // PROF-09: at least one set of contact details.
    telecoms.length > 0 ? finding('PROF-09', 'pass', `${telecoms.length} contact point(s)`) : finding('PROF-09', 'fail', 'Patient: no contact details in telecom or contact[].telecom'),
  ];
  const contacts = records(patient.contact);
  if (contacts.length > 0) {
    // PROF-11: a third-party contact says who they are and how they relate to the patient.
    const bad = contacts.map((c, k) => (Array.isArray(c.relationship) && c.relationship.length > 0 && isRecord(c.name) ? undefined : `contact[${k}]`)).filter((p) => p !== undefined);
    findings.push(bad.length === 0 ? finding('PROF-11', 'pass', 'every contact has a relationship and a name') : finding('PROF-11', 'fail', `Patient: ${bad.join(', ')} needs a relationship and a name`));
  }
  if (telecoms.length > 0) findings.push(judgeRanks(telecoms));
  return findings;
}

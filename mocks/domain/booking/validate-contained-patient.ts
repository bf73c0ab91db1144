// BOOK-14 / PROF-05…12: the contained Patient. `base` is its path, e.g. `Appointment.contained[1]`.
import type { Problem } from '../problem.ts';
import type { PatientSummary, Tolerance } from './booking-types.ts';
import { dateStartMs, isNonEmptyString, isRecord, type JsonObject } from './fhir-primitives.ts';
import { isValidNhsNumber } from './is-valid-nhs-number.ts';
import { profileInvalid } from './profile-invalid.ts';
import { checkTelecomRanks } from './check-telecom-ranks.ts';
import { describeJsonValue } from '../describe-json-value.ts';
import { NHS_NUMBER_SYSTEM, NHS_VERIFICATION_SYSTEM, NHS_VERIFICATION_URL } from '../../../spec/care-connect.ts';
import { GENDERS } from '../../../spec/value-sets.ts';


type Checked = { ok: true; patient: PatientSummary } | { ok: false; problem: Problem };

function isOneRecordArray(value: unknown): value is [JsonObject] {
  return Array.isArray(value) && value.length === 1 && isRecord(value[0]);
}

function isStringArray(value: unknown): boolean {
  return Array.isArray(value) && value.length > 0 && value.every((v) => typeof v === 'string');
}

/** PROF-05/06, BOOK-29: the only identifier allowed is a valid, verification-stamped NHS number. */
function checkNhsNumber(identifier: unknown, base: string): Problem | string | undefined {
  if (identifier === undefined) return undefined;
  const path = `${base}.identifier`;
  if (!isOneRecordArray(identifier)) return profileInvalid(path, 'Patient.identifier holds at most one identifier, the NHS number (PROF-05)');
  const [id] = identifier;
  if (id.system !== NHS_NUMBER_SYSTEM) {
    return profileInvalid(`${path}[0].system`, `Patient.identifier is only sent for an NHS number: system must be ${NHS_NUMBER_SYSTEM} (PROF-05)`);
  }
  if (typeof id.value !== 'string') return profileInvalid(`${path}[0].value`, 'The NHS number value must be a string (PROF-06)');
  if (!isValidNhsNumber(id.value)) {
    const diagnostics = `NHS number ${id.value} is invalid: it must be 10 digits passing the Modulus 11 check (BOOK-29)`;
    return { code: 'INVALID_NHS_NUMBER', diagnostics, expression: [`${path}[0].value`] };
  }
  if (id.use !== undefined && id.use !== 'official') return profileInvalid(`${path}[0].use`, `NHS number use must be official, got ${describeJsonValue(id.use)} (PROF-06)`);
  const extensions = Array.isArray(id.extension) ? id.extension : [];
  const at = extensions.findIndex((e) => isRecord(e) && e.url === NHS_VERIFICATION_URL);
  if (at < 0) return profileInvalid(`${path}[0].extension`, 'The NHS number needs the NHSNumberVerificationStatus extension (PROF-06)');
  const concept = (extensions[at] as JsonObject).valueCodeableConcept;
  const coded = isRecord(concept) && Array.isArray(concept.coding)
    && concept.coding.some((c) => isRecord(c) && c.system === NHS_VERIFICATION_SYSTEM && isNonEmptyString(c.code));
  if (!coded) return profileInvalid(`${path}[0].extension[${at}].valueCodeableConcept`, `The verification status needs a coding from ${NHS_VERIFICATION_SYSTEM} (PROF-06)`);
  return id.value;
}

export function validateContainedPatient(patient: JsonObject, base: string, nowMs: number, tolerated: Tolerance[]): Checked {
  const nhs = checkNhsNumber(patient.identifier, base);
  if (typeof nhs === 'object') return { ok: false, problem: nhs };
  // PROF-08: exactly one name; PROF-03: repeating elements are arrays.
  if (!isOneRecordArray(patient.name)) return { ok: false, problem: profileInvalid(`${base}.name`, 'Patient.name must hold exactly one name (PROF-08)') };
  const [name] = patient.name;
  if (!isNonEmptyString(name.family)) return { ok: false, problem: profileInvalid(`${base}.name[0].family`, 'Patient.name needs a family name (PROF-08)') };
  for (const key of ['given', 'prefix'] as const) {
    if (name[key] !== undefined && !isStringArray(name[key])) {
      return { ok: false, problem: profileInvalid(`${base}.name[0].${key}`, `Patient.name.${key} must be an array of strings (PROF-03)`) };
    }
  }
  if (typeof patient.gender !== 'string' || !GENDERS.has(patient.gender)) {
    return { ok: false, problem: profileInvalid(`${base}.gender`, 'Patient.gender must be male, female, other or unknown (PROF-08)') };
  }
  const bornMs = dateStartMs(patient.birthDate);
  if (bornMs === undefined || bornMs > nowMs) {
    return { ok: false, problem: profileInvalid(`${base}.birthDate`, 'Patient.birthDate must be a date in the past (PROF-08)') };
  }
  if (!isOneRecordArray(patient.address)) return { ok: false, problem: profileInvalid(`${base}.address`, 'Patient.address must hold exactly one address (PROF-08)') };
  const contacts = patient.contact;
  if (contacts !== undefined && (!Array.isArray(contacts) || contacts.length === 0)) {
    return { ok: false, problem: profileInvalid(`${base}.contact`, 'Patient.contact must be a non-empty array when present (PROF-03)') };
  }
  for (const [k, contact] of (contacts ?? []).entries()) {
    // PROF-11: a third-party contact says who they are and how they relate to the patient.
    if (!isRecord(contact) || !Array.isArray(contact.relationship) || contact.relationship.length === 0) {
      return { ok: false, problem: profileInvalid(`${base}.contact[${k}].relationship`, 'Every Patient.contact needs a relationship (PROF-11)') };
    }
    if (!isRecord(contact.name)) return { ok: false, problem: profileInvalid(`${base}.contact[${k}].name`, 'Every Patient.contact needs a name (PROF-11)') };
  }
  const rankProblem = checkTelecomRanks(patient, base, tolerated);
  if (rankProblem) return { ok: false, problem: rankProblem };
  return {
    ok: true,
    patient: {
      id: String(patient.id),
      ...(typeof nhs === 'string' ? { nhsNumber: nhs } : {}),
      family: name.family,
      given: Array.isArray(name.given) ? (name.given as string[]) : [],
      gender: patient.gender as PatientSummary['gender'],
      birthDate: patient.birthDate as string,
    },
  };
}

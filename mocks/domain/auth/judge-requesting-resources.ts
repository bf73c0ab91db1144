// Consumer judgement of the three minimal FHIR resources a token carries (JWT-17, JWT-18, JWT-20).
// Each check lists every missing element, so one report line says all that must change.
import { finding } from '../judge/finding.ts';
import type { Finding } from '../judge/finding.ts';
import { ODS_ORGANIZATION_SYSTEM, odsCodeOf } from './check-jwt-claims.ts';
import { isJsonObject } from './parse-compact-jwt.ts';
import type { JsonObject } from './parse-compact-jwt.ts';
import { IDENTIFIER_SYSTEM } from '../../../spec/care-connect.ts';

export const SDS_USER_ID_SYSTEM = IDENTIFIER_SYSTEM.sdsUserId;
export const SDS_ROLE_PROFILE_ID_SYSTEM = IDENTIFIER_SYSTEM.sdsRoleProfileId;

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function isAbsoluteUrl(value: unknown): boolean {
  if (!isText(value)) return false;
  try {
    return new URL(value).host !== '';
  } catch {
    return false;
  }
}

function identifiersOf(resource: JsonObject): JsonObject[] {
  return Array.isArray(resource.identifier) ? resource.identifier.filter(isJsonObject) : [];
}

function hasIdentifier(resource: JsonObject, system: string): boolean {
  return identifiersOf(resource).some((id) => id.system === system && isText(id.value));
}

function judgeShape(obligation: 'JWT-17' | 'JWT-18' | 'JWT-20', claim: string, value: unknown, missing: string[], ok: string): Finding {
  return missing.length === 0
    ? finding(obligation, 'pass', ok)
    : finding(obligation, 'fail', `${claim}: ${missing.join('; ')}`, value);
}

// JWT-17: resourceType, identifier[] (system URL + value), model, version.
function judgeDevice(device: unknown): Finding {
  if (!isJsonObject(device)) return finding('JWT-17', 'fail', 'requesting_device is missing or not an object', device);
  const missing: string[] = [];
  if (device.resourceType !== 'Device') missing.push('resourceType must be "Device"');
  const ids = identifiersOf(device);
  if (ids.length === 0 || !ids.every((id) => isAbsoluteUrl(id.system) && isText(id.value))) {
    missing.push('identifier[] needs entries with a system URL and a value');
  }
  if (!isText(device.model)) missing.push('model (the product name) is missing');
  if (!isText(device.version)) missing.push('version is missing');
  return judgeShape('JWT-17', 'requesting_device', device, missing, 'requesting_device is a minimal Device');
}

// JWT-18: resourceType, the ODS code identifier, name; and it names the expected organisation.
function judgeOrganization(organization: unknown, expectedOdsCode: string | undefined): Finding {
  if (!isJsonObject(organization)) {
    return finding('JWT-18', 'fail', 'requesting_organization is missing or not an object', organization);
  }
  const missing: string[] = [];
  if (organization.resourceType !== 'Organization') missing.push('resourceType must be "Organization"');
  const odsCode = odsCodeOf(organization);
  if (odsCode === undefined) missing.push(`identifier[] needs system ${ODS_ORGANIZATION_SYSTEM} with the ODS code`);
  else if (expectedOdsCode !== undefined && odsCode !== expectedOdsCode) {
    missing.push(`the ODS code is "${odsCode}", expected the requesting organisation "${expectedOdsCode}"`);
  }
  if (!isText(organization.name)) missing.push('name is missing');
  return judgeShape('JWT-18', 'requesting_organization', organization, missing, `requesting_organization is a minimal Organization (ODS ${odsCode})`);
}

// JWT-20 (when sent): resourceType, name family/given, SDS user and role ids, one local identifier.
function judgePractitioner(practitioner: unknown): Finding {
  if (practitioner === undefined) return finding('JWT-20', 'pass', 'requesting_practitioner not sent (it is optional)');
  if (!isJsonObject(practitioner)) return finding('JWT-20', 'fail', 'requesting_practitioner is not an object', practitioner);
  const missing: string[] = [];
  if (practitioner.resourceType !== 'Practitioner') missing.push('resourceType must be "Practitioner"');
  if (!isText(practitioner.id)) missing.push('id (equal to sub) is missing');
  const names = Array.isArray(practitioner.name) ? practitioner.name.filter(isJsonObject) : [];
  const named = names.some((n) => isText(n.family) && Array.isArray(n.given) && n.given.length > 0 && n.given.every(isText));
  if (!named) missing.push('name[] needs family and given[]');
  if (!hasIdentifier(practitioner, SDS_USER_ID_SYSTEM)) missing.push(`identifier ${SDS_USER_ID_SYSTEM} (or "UNK") is missing`);
  if (!hasIdentifier(practitioner, SDS_ROLE_PROFILE_ID_SYSTEM)) missing.push(`identifier ${SDS_ROLE_PROFILE_ID_SYSTEM} (or "UNK") is missing`);
  const local = identifiersOf(practitioner).some((id) =>
    id.system !== SDS_USER_ID_SYSTEM && id.system !== SDS_ROLE_PROFILE_ID_SYSTEM && isAbsoluteUrl(id.system) && isText(id.value));
  if (!local) missing.push('a local identifier (consumer-defined system URL and the user id) is missing');
  return judgeShape('JWT-20', 'requesting_practitioner', practitioner, missing, 'requesting_practitioner is a minimal Practitioner');
}

/** Findings for JWT-17, JWT-18 and JWT-20, in that order. */
export function judgeRequestingResources(claims: JsonObject, expectedOdsCode?: string): Finding[] {
  return [
    judgeDevice(claims.requesting_device),
    judgeOrganization(claims.requesting_organization, expectedOdsCode),
    judgePractitioner(claims.requesting_practitioner),
  ];
}

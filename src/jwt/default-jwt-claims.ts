// The claims a well-behaved consumer sends: the catalogue's reference payload (section 4.5) with the
// audience, scope, time and requesting organisation of the scenario. Claim order follows the
// reference, so the defaults at the reference instant serialise to the reference token exactly.
import { REFERENCE_JWT_CLAIMS } from '../../spec/reference-jwt.ts';

export type PractitionerMode = 'present' | 'absent' | 'sds-user-id-only';

export interface JwtClaimOptions {
  readonly audience: string;
  readonly scope: string;
  readonly nowSec: number;
  readonly odsCode?: string;
  readonly orgName?: string;
  /** Added to requesting_device as an accredited-system identifier, so the device names its ASID. */
  readonly asid?: string;
  /** JWT-19/JWT-21: the practitioner is optional, and may carry only the sds-user-id. */
  readonly practitioner?: PractitionerMode;
}

export const ACCREDITED_SYSTEM_ID = 'https://fhir.nhs.uk/Id/accredited-system';

function practitionerClaim(mode: PractitionerMode): Record<string, unknown> {
  const reference = REFERENCE_JWT_CLAIMS.requesting_practitioner;
  if (mode === 'absent') return {};
  if (mode === 'present') return { requesting_practitioner: structuredClone(reference) };
  return {
    requesting_practitioner: {
      resourceType: 'Practitioner',
      id: reference.id,
      identifier: [structuredClone(reference.identifier[0])],
      name: structuredClone(reference.name),
    },
  };
}

export function defaultJwtClaims(options: JwtClaimOptions): Record<string, unknown> {
  const reference = structuredClone(REFERENCE_JWT_CLAIMS);
  const device = reference.requesting_device;
  return {
    iss: reference.iss,
    sub: reference.sub,
    aud: options.audience,
    // JWT-10: exactly 300 s.
    exp: options.nowSec + 300,
    iat: options.nowSec,
    reason_for_request: 'directcare',
    requested_scope: options.scope,
    requesting_device: options.asid === undefined
      ? device
      : { ...device, identifier: [...device.identifier, { system: ACCREDITED_SYSTEM_ID, value: options.asid }] },
    requesting_organization: {
      resourceType: 'Organization',
      identifier: [{ system: reference.requesting_organization.identifier[0].system, value: options.odsCode ?? reference.requesting_organization.identifier[0].value }],
      name: options.orgName ?? reference.requesting_organization.name,
    },
    ...practitionerClaim(options.practitioner ?? 'present'),
  };
}

// The switches where the spec sources disagree (obligations catalogue, section 3). Defaults are the
// strict interpretation; each key is named as in the catalogue's configuration summary.

export type RetryBehaviour = 'conflict' | 'replay';

export interface ProviderConfig {
  /** C-01: accepted names of the healthcare-service search parameter. */
  readonly serviceParamNames: readonly string[];
  /** C-01: also accept `system|value` and `|value` token forms. */
  readonly acceptTokenSystem: boolean;
  /** C-01: match the service token on the DoS id in HealthcareService.identifier (strict) or also on its logical id. */
  readonly serviceValueMatch: 'identifierValue' | 'identifierOrLogicalId';
  /** C-02: let an ASID-valued token name a service (legacy fs_dos deployments). */
  readonly allowAsidAsServiceId: boolean;
  /** C-05: 404 (strict) or 200 with an empty Bundle for a service id that is not configured. */
  readonly unknownServiceStatus: 404 | 200;
  /** C-11: ignore unknown query parameter names (strict) or reject them with 400. */
  readonly unknownParamPolicy: 'ignore' | 'reject';
  /** C-04: status for every token failure; 401 and 400 are the lenient alternatives. */
  readonly authFailureStatus: 400 | 401 | 403;
  /** C-04: also send `WWW-Authenticate: Bearer error="…"` on token failures. */
  readonly rfc6750Mode: boolean;
  /** C-30: seconds of clock skew tolerated on `exp` and `iat`. */
  readonly clockSkewSeconds: number;
  /** C-31: ignore case in scheme/host and one trailing slash when matching `aud`. */
  readonly audNormalise: boolean;
  /** C-32: accept `patient/appointment.write` where `patient/appointment.read` is expected. */
  readonly writeImpliesRead: boolean;
  /** C-29: accept signed (e.g. RS256) tokens without verifying them. */
  readonly acceptSignedJws: boolean;
  /** C-24: accepted `Ssp-InteractionID` values for slot search. */
  readonly acceptedSlotInteractionIds: readonly string[];
  /** SSP headers are checked only when this is on (a direct call without the SSP carries none). */
  readonly requireSspHeaders: boolean;
  /** C-10: status for an unsupported `Accept`/`_format`. */
  readonly unsupportedAcceptStatus: 415 | 406 | 501;
  /** C-08: reused X-Request-ID answered with 409 (strict) or a replay of the original result. */
  readonly retryBehaviour: RetryBehaviour;
  /** C-08 for a retried update (cancel), where it differs from a retried create. */
  readonly updateRetryBehaviour: RetryBehaviour | 'as-create';
  /** C-09 */
  readonly mismatchStatus: 409 | 412;
  /** C-09 */
  readonly missingIfMatchStatus: 412 | 428;
  /** C-07 */
  readonly slotTakenStatus: 422 | 409;
  /** C-06: add an outcome-mode OperationOutcome entry when release rules withheld every slot. */
  readonly outcomeWhenFiltered: boolean;
  /**
   * JWT-23 / CAN-10: an appointment is read and cancelled only by the organisation that booked it
   * (strict; others get 403), or by any consumer organisation with the right scope.
   */
  readonly appointmentAccess: 'owner' | 'any';
  /** HTTP-01 (SHOULD): also read and write application/fhir+xml; off makes a JSON-only provider. */
  readonly serveXml: boolean;
}

export const strictProviderConfig: ProviderConfig = {
  serviceParamNames: ['schedule.actor:healthcareservice', 'service'],
  acceptTokenSystem: false,
  serviceValueMatch: 'identifierValue',
  allowAsidAsServiceId: false,
  unknownServiceStatus: 404,
  unknownParamPolicy: 'ignore',
  authFailureStatus: 403,
  rfc6750Mode: false,
  clockSkewSeconds: 0,
  audNormalise: false,
  writeImpliesRead: false,
  acceptSignedJws: false,
  acceptedSlotInteractionIds: ['urn:nhs:names:services:careconnect:fhir:rest:search:slot'],
  requireSspHeaders: false,
  unsupportedAcceptStatus: 415,
  retryBehaviour: 'conflict',
  updateRetryBehaviour: 'as-create',
  mismatchStatus: 409,
  missingIfMatchStatus: 412,
  slotTakenStatus: 422,
  outcomeWhenFiltered: false,
  appointmentAccess: 'owner',
  serveXml: true,
};

/** The lenient names C-01 lists, for `serviceParamNames` when a deployment needs them. */
export const lenientServiceParamNames: readonly string[] = [
  'schedule.actor:healthcareservice',
  'service',
  'schedule.actor:HealthcareService',
  '_schedule.actor:healthcareservice',
];

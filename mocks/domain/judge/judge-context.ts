// What the consumer judge needs to know besides the recording: the provider it played (service
// root URL, ASID, services) and the consumers it knows. Everything else comes from the recording,
// so the same recording and context always give the same verdict.
import type { JsonObject } from '../booking/fhir-primitives.ts';

/** A consumer identity the provider knows: `Ssp-From` ASID and JWT `requesting_organization` ODS code. */
export interface KnownConsumer {
  readonly asid: string;
  readonly odsCode: string;
  readonly name?: string;
}

/** One message of a structural validator (e.g. a JSON Schema registry), injected to keep this pure. */
export interface StructuralMessage {
  readonly message: string;
  readonly severity: 'error' | 'warning';
  /** The obligation the message belongs to when a more specific judge owns it. */
  readonly obligation?: string;
}

export type StructuralValidator = (kind: 'AppointmentCreateRequest' | 'Appointment', resource: JsonObject) => readonly StructuralMessage[];

export interface ConsumerJudgeContext {
  /** The provider service root URL: the JWT `aud` and the base every request path is read against. */
  readonly baseUrl: string;
  /** SSP-04: absent when the provider's ASID is not known (a replay without identities): only its form is judged. */
  readonly providerAsid?: string;
  /** SSP-03 / JWT-18: when non-empty, `Ssp-From` must be one of these and the ODS code must match it. */
  readonly consumers: readonly KnownConsumer[];
  /** SLOT-02: the DoS service ids the provider serves; when non-empty, a search must name one of them. */
  readonly serviceIds: readonly string[];
  /** C-24 `ssp.acceptedSlotInteractionIds`. */
  readonly acceptedSlotInteractionIds: readonly string[];
  /** C-24 `ssp.allowUnderscoreHeaders`: underscore header spellings warn instead of fail. */
  readonly allowUnderscoreHeaders: boolean;
  /** C-15 `booking.enforceContainedOrder`: contained resources in the UEC positional order. */
  readonly enforceContainedOrder: boolean;
  /** PROF-02: structural validation of Appointment bodies; PROF-02 is not exercised without one. */
  readonly validateStructure?: StructuralValidator;
}

export const STRICT_SLOT_INTERACTION_IDS: readonly string[] = ['urn:nhs:names:services:careconnect:fhir:rest:search:slot'];

/** The strict defaults of section 3 around the given provider facts. */
export function consumerJudgeContext(
  provider: Pick<ConsumerJudgeContext, 'baseUrl'> & Partial<ConsumerJudgeContext>,
): ConsumerJudgeContext {
  return {
    consumers: [],
    serviceIds: [],
    acceptedSlotInteractionIds: STRICT_SLOT_INTERACTION_IDS,
    allowUnderscoreHeaders: false,
    enforceContainedOrder: false,
    ...provider,
    baseUrl: provider.baseUrl.replace(/\/+$/, ''),
  };
}

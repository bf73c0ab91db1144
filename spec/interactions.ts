// The operations of the Booking API as the security rules see them: each has one Ssp-InteractionID
// URN (obligations catalogue, glossary "Interaction IDs"; SSP-05) and one requested_scope (section
// 2.3 scope table; JWT-15, JWT-16).

export type Interaction =
  | 'metadata'
  | 'slot-search'
  | 'appointment-create'
  | 'appointment-read'
  | 'appointment-update'
  | 'appointment-search';

export const INTERACTIONS: readonly Interaction[] = [
  'metadata',
  'slot-search',
  'appointment-create',
  'appointment-read',
  'appointment-update',
  'appointment-search',
];

// SSP-05: the strict interaction ids (C-24: slot search is `search:slot`).
export const INTERACTION_IDS: Readonly<Record<Interaction, string>> = {
  'metadata': 'urn:nhs:names:services:careconnect:fhir:rest:read:metadata',
  'slot-search': 'urn:nhs:names:services:careconnect:fhir:rest:search:slot',
  'appointment-create': 'urn:nhs:names:services:careconnect:fhir:rest:create:appointment',
  'appointment-read': 'urn:nhs:names:services:careconnect:fhir:rest:read:appointment',
  'appointment-update': 'urn:nhs:names:services:careconnect:fhir:rest:update:appointment',
  'appointment-search': 'urn:nhs:names:services:careconnect:fhir:rest:search:appointment',
};

/** C-24: the `read:slot` spelling used by CAT C26 and the SDS examples (lenient mode only). */
export const SLOT_SEARCH_READ_INTERACTION_ID = 'urn:nhs:names:services:careconnect:fhir:rest:read:slot';

export type RequestedScope = 'organization/slot.read' | 'patient/appointment.read' | 'patient/appointment.write';

// JWT-15: scope table of section 2.3. The Registry search has no published scope; C-32 settles on
// `patient/appointment.read`.
export const INTERACTION_SCOPES: Readonly<Record<Interaction, RequestedScope>> = {
  'metadata': 'organization/slot.read',
  'slot-search': 'organization/slot.read',
  'appointment-create': 'patient/appointment.write',
  'appointment-read': 'patient/appointment.read',
  'appointment-update': 'patient/appointment.write',
  'appointment-search': 'patient/appointment.read',
};

// Logical ids are opaque (HTTP-17) and case-sensitive (HTTP-14): any non-empty segment is an id.
const ID = '[^/?#]+';
const ROUTES: readonly { method: string; pattern: RegExp; interaction: Interaction }[] = [
  { method: 'GET', pattern: /^\/metadata$/, interaction: 'metadata' },
  { method: 'GET', pattern: /^\/Slot$/, interaction: 'slot-search' },
  { method: 'POST', pattern: /^\/Appointment$/, interaction: 'appointment-create' },
  { method: 'GET', pattern: /^\/Appointment$/, interaction: 'appointment-search' },
  { method: 'GET', pattern: new RegExp(`^/Appointment/${ID}$`), interaction: 'appointment-read' },
  { method: 'GET', pattern: new RegExp(`^/Appointment/${ID}/_history/${ID}$`), interaction: 'appointment-read' },
  { method: 'PUT', pattern: new RegExp(`^/Appointment/${ID}$`), interaction: 'appointment-update' },
];

/**
 * The interaction a request invokes. `path` is relative to the FHIR base (`/Slot`, `/Appointment/a1`)
 * and may carry a query string. Undefined for a verb or path the API does not define (the caller
 * answers 405 or 404).
 */
export function interactionFor(method: string, path: string): Interaction | undefined {
  const bare = path.split('?', 1)[0];
  const verb = method.toUpperCase();
  return ROUTES.find((route) => route.method === verb && route.pattern.test(bare))?.interaction;
}

// Named changes to the reference booking, one rule each: what a provider must accept (any contained
// order, no NHS number, contact-only telecoms, unknown extensions, other offsets) and what it must
// refuse (profile failures, an invalid NHS number, two primaries, an unknown slot). The phrases are
// the `{bookingVariant}` parameter type's pattern.
import { isRecord, type JsonObject } from '../../mocks/domain/booking/fhir-primitives.ts';

/** A fresh UUID, supplied by the caller so the variants stay pure. */
export interface VariantInput {
  readonly body: JsonObject;
  readonly uuid: string;
}

type Resource = Record<string, unknown>;

function contained(body: JsonObject): Resource[] {
  return Array.isArray(body.contained) ? (body.contained as Resource[]) : [];
}

/** The body with the contained resource of `type` replaced (or removed, when `change` returns undefined). */
function changeContained(body: JsonObject, type: string, change: (resource: Resource) => Resource | undefined): JsonObject {
  const next = contained(body).flatMap((resource) => (resource.resourceType === type ? [change(resource)].filter((r) => r !== undefined) : [resource]));
  return { ...body, contained: next };
}

function byType(body: JsonObject, type: string): Resource {
  return contained(body).find((resource) => resource.resourceType === type) ?? {};
}

/** The same instant written with a +01:00 offset, milliseconds kept (TIME-05). */
export function inPlusOneHour(instant: unknown): unknown {
  const ms = Date.parse(String(instant));
  if (typeof instant !== 'string' || Number.isNaN(ms)) return instant;
  const local = new Date(ms + 3_600_000).toISOString();
  return `${local.slice(0, 19)}${ms % 1000 === 0 ? '' : local.slice(19, 23)}+01:00`;
}

function withPatient(body: JsonObject, change: (patient: Resource) => Resource): JsonObject {
  return changeContained(body, 'Patient', change);
}

const REFERENCE_TELECOM = { system: 'phone', value: '07700 900417', use: 'mobile', rank: 1 };

export const BOOKING_VARIANTS = {
  // BOOK-06 / C-15: TKW's order.
  'the contained resources ordered DocumentReference, Slot, Patient': ({ body }) => ({
    ...body,
    contained: ['DocumentReference', 'Slot', 'Patient'].map((type) => byType(body, type)),
  }),
  // BOOK-26 / PROF-05: no identifier at all when no NHS number is known.
  'a patient without an NHS number': ({ body }) => withPatient(body, ({ identifier: _dropped, ...patient }) => patient),
  // BOOK-29: the catalogue's number with a changed check digit.
  'an invalid NHS number': ({ body }) => withPatient(body, (patient) => ({
    ...patient,
    identifier: (patient.identifier as Resource[]).map((id) => ({ ...id, value: '9483726159' })),
  })),
  // PROF-12: a second patient telecom that also claims to be the primary.
  'two contact points of rank 1': ({ body }) => withPatient(body, (patient) => ({
    ...patient,
    telecom: [REFERENCE_TELECOM, { system: 'email', value: 'tamsin.penhallow@example.org', use: 'home', rank: 1 }],
  })),
  // PROF-14: the only telecom is a third party's (TKW BookAppointment_Contact).
  'only a contact telecom': ({ body }) => withPatient(body, ({ telecom: _dropped, ...patient }) => ({
    ...patient,
    contact: (patient.contact as Resource[]).map((c) => ({ ...c, telecom: (c.telecom as Resource[]).map((t) => ({ ...t, rank: 1 })) })),
  })),
  // PROF-14: the reference booking already has both (TKW BookAppointment_TelecomAndContact).
  'a telecom and a contact telecom': ({ body }) => body,
  // BOOK-32 / HTTP-16: forwards compatibility.
  'an unknown extension': ({ body }) => ({ ...body, extension: [{ url: 'https://example.org/x', valueString: 'y' }] }),
  // BOOK-03: an id of the consumer's choosing.
  'an id in the body': ({ body }) => ({ id: 'consumer-chosen-1', ...body }),
  // BOOK-18: three profile failures of the catalogue.
  'no description': ({ body }) => {
    const { description: _dropped, ...rest } = body;
    return rest;
  },
  'no contained Patient': ({ body }) => changeContained(body, 'Patient', () => undefined),
  'the status pending': ({ body }) => ({ ...body, status: 'pending' }),
  // TIME-05 / TIME-03: the same instants written in +01:00.
  'its times written in +01:00': ({ body }) => changeContained(
    { ...body, start: inPlusOneHour(body.start), end: inPlusOneHour(body.end) },
    'Slot',
    (slot) => ({ ...slot, start: inPlusOneHour(slot.start), end: inPlusOneHour(slot.end) }),
  ),
  // BOOK-16: a slot the provider has never had.
  'a contained Slot that does not exist': ({ body, uuid }) => {
    const id = `slot-${uuid.slice(0, 8)}`;
    const changed = changeContained(body, 'Slot', (slot) => ({ ...slot, id, identifier: [{ system: 'https://tools.ietf.org/html/rfc4122', value: uuid }] }));
    return { ...changed, slot: [{ reference: `#${id}` }] };
  },
} as const satisfies Record<string, (input: VariantInput) => JsonObject>;

export type BookingVariant = keyof typeof BOOKING_VARIANTS;
export const BOOKING_VARIANT_NAMES = Object.keys(BOOKING_VARIANTS) as readonly BookingVariant[];

export function applyBookingVariant(name: BookingVariant, input: VariantInput): JsonObject {
  const change: (input: VariantInput) => JsonObject = BOOKING_VARIANTS[name];
  return change({ body: structuredClone(input.body), uuid: input.uuid });
}

/** The contained resource of a type in a body (the read-back checks compare with it). */
export function containedOfType(body: unknown, type: string): Resource | undefined {
  return isRecord(body) ? contained(body).find((resource) => resource.resourceType === type) : undefined;
}

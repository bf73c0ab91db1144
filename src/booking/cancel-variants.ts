// Named ways a cancel can differ from the right one (read, change only the status, PUT with the
// version read in If-Match): each probes one rule of the cancel interaction. The phrases are the
// `{cancelVariant}` parameter type's pattern.
import type { JsonObject } from '../../mocks/domain/booking/fhir-primitives.ts';
import { HarnessDefect } from '../verdict/harness-defect.ts';
import { cancelledCopy, ifMatchFor, type CancelPlan } from './appointment-requests.ts';

export interface VersionSeen {
  readonly resource: JsonObject;
  readonly versionId: string;
  readonly etag?: string;
}

export interface CancelBasis {
  /** The latest version, read just before the cancel (CAN-01). */
  readonly current: VersionSeen;
  /** The version the booking created. */
  readonly booked: VersionSeen;
  /** The last cancel the scenario sent, if any. */
  readonly previous?: CancelPlan;
}

const asRead = ({ current }: CancelBasis): CancelPlan => ({ body: JSON.stringify(cancelledCopy(current.resource)), ifMatch: ifMatchFor(current.etag, current.versionId) });

function changed(basis: CancelBasis, change: (body: JsonObject) => unknown): CancelPlan {
  return { ...asRead(basis), body: JSON.stringify(change(cancelledCopy(basis.current.resource))) };
}

export const CANCEL_VARIANTS = {
  // CAN-03: the right cancel.
  'as read': asRead,
  // CAN-08: no precondition at all.
  'without an If-Match header': (basis) => ({ ...asRead(basis), ifMatch: null }),
  // CAN-07: the booked version, read before a newer version existed, sent as it was then.
  'with a stale If-Match': ({ booked }) => ({ body: JSON.stringify(cancelledCopy(booked.resource)), ifMatch: `W/"${booked.versionId}"` }),
  // CAN-06 (HB-07): a cancel may change nothing but the status.
  'changing its description': (basis) => changed(basis, (body) => ({ ...body, description: `${String(body.description)} (changed)` })),
  // CAN-12: the body names another resource, or none.
  'with another id in the body': (basis) => changed(basis, (body) => ({ ...body, id: `other-${String(body.id)}`.slice(0, 64) })),
  'without an id in the body': (basis) => changed(basis, ({ id: _dropped, ...body }) => body),
  // CAN-09: a profile-invalid body (not an AppointmentStatus code) and simply invalid ones.
  'with a status that is not an appointment status': (basis) => changed(basis, (body) => ({ ...body, status: 'postponed' })),
  'with a truncated JSON body': (basis) => ({ ...asRead(basis), body: asRead(basis).body.slice(0, 120) }),
  'with a Patient resource as the body': (basis) => ({
    ...asRead(basis),
    body: JSON.stringify((basis.current.resource.contained as JsonObject[] | undefined)?.find((r) => r.resourceType === 'Patient') ?? { resourceType: 'Patient' }),
  }),
  // CAN-11: the previous cancel exactly, X-Request-ID included.
  'again with the same X-Request-ID': ({ previous }) => {
    if (!previous) throw new HarnessDefect('HARNESS_ERROR', 'a step repeats a cancel before any cancel was sent');
    return previous;
  },
} as const satisfies Record<string, (basis: CancelBasis) => CancelPlan>;

export type CancelVariant = keyof typeof CANCEL_VARIANTS;
export const CANCEL_VARIANT_NAMES = Object.keys(CANCEL_VARIANTS) as readonly CancelVariant[];

export function planCancel(name: CancelVariant, basis: CancelBasis): CancelPlan {
  const plan: (basis: CancelBasis) => CancelPlan = CANCEL_VARIANTS[name];
  return plan(basis);
}

// A stored slot as a CareConnect-Slot-1 resource (SLOT-32, 2.13 Slot overrides).
import type { SlotRecord } from '../types.ts';
import { CARE_CONNECT_PROFILE, DELIVERY_CHANNEL_EXTENSION, IDENTIFIER_SYSTEM } from '../../../spec/care-connect.ts';
import type { SlotResource } from './fhir-resources.ts';
import { toUtcInstant } from './to-utc-instant.ts';

export function renderSlot(slot: SlotRecord): SlotResource {
  return {
    resourceType: 'Slot',
    id: slot.id,
    meta: { versionId: String(slot.versionId), profile: [CARE_CONNECT_PROFILE.Slot] },
    // SLOT-33: the channel only when it is known, never a default.
    ...(slot.deliveryChannel ? { extension: [{ url: DELIVERY_CHANNEL_EXTENSION, valueCode: slot.deliveryChannel }] } : {}),
    // SLOT-32: exactly one identifier, an rfc4122 UUID.
    identifier: [{ system: IDENTIFIER_SYSTEM.rfc4122, value: slot.identifier }],
    schedule: { reference: `Schedule/${slot.scheduleId}` },
    status: slot.status,
    // TIME-04: explicit zone on start and end.
    start: toUtcInstant(slot.startMs),
    end: toUtcInstant(slot.endMs),
  };
}

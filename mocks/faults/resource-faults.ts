// Faults in the resources a slot search returns: Slot status, identifier, delivery channel and
// times; Schedule actors and profile; HealthcareService identifier; Location address; Practitioner
// gender.
import { DELIVERY_CHANNEL_EXTENSION } from '../../spec/care-connect.ts';
import type { FaultBehaviour } from './fault-behaviour.ts';
import type { MockFault } from './mock-fault.ts';
import { mapResources, type Json } from './searchset-transform.ts';

function retime(change: (instant: string) => string): (slot: Json) => Json {
  return (slot) => ({ ...slot, start: change(String(slot.start)), end: change(String(slot.end)) });
}

function without(resource: Json, element: string): Json {
  const { [element]: _dropped, ...rest } = resource;
  return rest;
}

function references(resource: Json, element: string): Json[] {
  return Array.isArray(resource[element]) ? (resource[element] as Json[]) : [];
}

export const RESOURCE_FAULTS = {
  // SLOT-14 broken.
  'nonstandard-slot-status': mapResources('Slot', (slot) => (slot.status === 'busy' ? { ...slot, status: 'booked' } : slot)),
  // SLOT-32 / PROF-03 broken.
  'slot-identifier-not-array': mapResources('Slot', (slot) => ({ ...slot, identifier: references(slot, 'identifier')[0] })),
  // SLOT-33 broken.
  'default-delivery-channel': mapResources('Slot', (slot) => {
    const extensions = Array.isArray(slot.extension) ? (slot.extension as { url?: unknown }[]) : [];
    if (extensions.some((extension) => extension.url === DELIVERY_CHANNEL_EXTENSION)) return slot;
    return { ...slot, extension: [...extensions, { url: DELIVERY_CHANNEL_EXTENSION, valueCode: 'In-person' }] };
  }),
  // TIME-01 / TIME-04 broken.
  'slot-times-without-zone': mapResources('Slot', retime((instant) => instant.replace(/(\.\d+)?(Z|[+-]\d{2}:\d{2})$/, ''))),
  // TIME-01 broken.
  'slot-times-without-seconds': mapResources('Slot', retime((instant) => instant.replace(/(T\d{2}:\d{2}):\d{2}(\.\d+)?/, '$1'))),
  // TIME-02 broken (still valid instants).
  'slot-times-in-local-offset': mapResources('Slot', retime((instant) => `${new Date(Date.parse(instant) + 3_600_000).toISOString().slice(0, 19)}+01:00`)),
  // SLOT-23 broken.
  'schedule-without-hcs-actor': mapResources('Schedule', (schedule) => {
    const actor = references(schedule, 'actor').filter((ref) => !String(ref.reference).startsWith('HealthcareService/'));
    return actor.length > 0 ? { ...schedule, actor } : without(schedule, 'actor');
  }),
  // PROF-01 broken.
  'wrong-profile-url': mapResources('Schedule', (schedule) => ({ ...schedule, meta: { profile: ['http://hl7.org/fhir/StructureDefinition/Schedule'] } })),
  // PROF-16 broken.
  'hcs-identifier-internal-id': mapResources('HealthcareService', (service) => ({
    ...service,
    identifier: [{ system: 'https://provider.example.nhs.uk/Id/service', value: String(service.id) }],
  })),
  // SLOT-34 broken.
  'location-without-address': mapResources('Location', (location) => without(location, 'address')),
  // PROF-02 broken.
  'invalid-gender-code': mapResources('Practitioner', (practitioner) => (typeof practitioner.gender === 'string'
    ? { ...practitioner, gender: practitioner.gender.charAt(0).toUpperCase() + practitioner.gender.slice(1) }
    : practitioner)),
} as const satisfies Partial<Record<MockFault, FaultBehaviour>>;

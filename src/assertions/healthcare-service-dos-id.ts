// Where a HealthcareService carries the DoS service id: strictly its one identifier's value
// (C-14, PROF-16); leniently its logical id, or either.
import type { DosIdLocation } from '../targets/conformance-policy.ts';
import type { FhirResource } from '../fhir/read-fhir-json.ts';

export function dosIdsOf(service: FhirResource, location: DosIdLocation): string[] {
  const identifiers = Array.isArray(service.identifier) ? (service.identifier as { value?: unknown }[]) : [];
  const fromIdentifier = identifiers.map((identifier) => identifier.value).filter((v): v is string => typeof v === 'string');
  const fromId = typeof service.id === 'string' ? [service.id] : [];
  if (location === 'identifier') return fromIdentifier;
  if (location === 'id') return fromId;
  return [...fromIdentifier, ...fromId];
}

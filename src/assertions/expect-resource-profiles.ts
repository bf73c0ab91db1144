// PROF-01: every returned resource declares its CareConnect profile (leniently only the Slots);
// SLOT-34 (C-35): an included Location carries the address of the appointment; SLOT-33: a slot
// whose channel is not recorded carries no delivery-channel extension, never a default.
import type { ConformancePolicy } from '../targets/conformance-policy.ts';
import { fail, type Warn } from '../verdict/fail.ts';
import { referenceKey, scheduleReferenceOf, type SearchsetView } from '../fhir/searchset-view.ts';
import { DELIVERY_CHANNEL_EXTENSION } from '../../spec/care-connect.ts';

const PROFILE_BASE = 'https://fhir.hl7.org.uk/STU3/StructureDefinition/CareConnect-';
const PROFILED = ['Slot', 'Schedule', 'HealthcareService', 'Practitioner', 'PractitionerRole', 'Location', 'Organization'];

export function expectCareConnectProfiles(view: SearchsetView, policy: ConformancePolicy): void {
  const wrong = view.entries
    .filter((entry) => PROFILED.includes(entry.resource.resourceType))
    .filter((entry) => {
      const profiles = (entry.resource.meta as { profile?: unknown } | undefined)?.profile;
      if (profiles === undefined && entry.resource.resourceType !== 'Slot' && !policy.profile.requireIncludedMetaProfile) return false;
      return !Array.isArray(profiles) || !profiles.includes(`${PROFILE_BASE}${entry.resource.resourceType}-1`);
    })
    .map((entry) => `${entry.key}: ${JSON.stringify((entry.resource.meta as { profile?: unknown } | undefined)?.profile ?? null)}`);
  if (wrong.length > 0) {
    fail(view.exchange, { code: 'META_PROFILE', obligations: ['PROF-01'], reason: `${wrong.length} resources do not declare their CareConnect profile`, expected: `${PROFILE_BASE}<Type>-1 in meta.profile`, actual: wrong.slice(0, 10) });
  }
}

export function expectLocationAddresses(view: SearchsetView, policy: ConformancePolicy, warn: Warn): void {
  const locations = view.entries.filter((entry) => entry.resource.resourceType === 'Location');
  const wrong = locations.filter((entry) => typeof (entry.resource.address as { postalCode?: unknown } | undefined)?.postalCode !== 'string').map((entry) => entry.key);
  const problems = [...(locations.length === 0 ? ['no Location was included'] : []), ...wrong.map((key) => `${key} has no address with a postalCode`)];
  if (problems.length === 0) return;
  if (!policy.slotSearch.requireLocationAddress) {
    warn({ code: 'LOCATION_ADDRESS', obligations: ['SLOT-34'], message: problems.join('; '), exchangeId: view.exchange.id });
    return;
  }
  fail(view.exchange, { code: 'LOCATION_ADDRESS', obligations: ['SLOT-34'], reason: 'the requested Location include does not give the address of the appointment', expected: 'every included Location with address.postalCode', actual: problems });
}

export function expectNoDefaultDeliveryChannel(view: SearchsetView, schedulesWithoutChannel: readonly string[]): void {
  const inScope = view.slots.filter((slot) => schedulesWithoutChannel.includes(referenceKey(scheduleReferenceOf(slot))?.split('/')[1] ?? ''));
  const defaulted = inScope.filter((slot) => Array.isArray(slot.resource.extension) && (slot.resource.extension as { url?: unknown }[]).some((ext) => ext.url === DELIVERY_CHANNEL_EXTENSION));
  if (inScope.length === 0 || defaulted.length > 0) {
    fail(view.exchange, {
      code: inScope.length === 0 ? 'NO_SLOT_WITHOUT_CHANNEL' : 'DEFAULTED_DELIVERY_CHANNEL',
      obligations: ['SLOT-33'],
      reason: inScope.length === 0 ? `no Slot of the schedules without a recorded channel (${schedulesWithoutChannel.join(', ')}) was returned` : `${defaulted.length} Slots whose channel is not recorded carry a delivery channel`,
      expected: 'Slots of those schedules without the DeliveryChannel extension',
      actual: defaulted.slice(0, 10).map((slot) => `Slot/${String(slot.resource.id)}`),
    });
  }
}

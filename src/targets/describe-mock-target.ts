// The built-in target: the embedded mock provider with its default fixture, described the way a
// supplier describes a real endpoint. The facts come from the fixture itself (services, consumers,
// the shared-schedule mapping, the withheld slots), so they cannot drift from it.
import {
  CONSUMER_A1001,
  CONSUMER_B2002,
  DEFAULT_PROVIDER_ASID,
  SERVICE_OOH,
  SERVICE_UTC,
  SERVICE_WALK_IN,
} from '../../mocks/fixtures/default-fixture.ts';
import type { TargetConfig } from './target-config.ts';

export interface MockEndpoints {
  /** The mock's FHIR base (service root). */
  readonly baseUrl: string;
}

export function describeMockTarget(endpoints: MockEndpoints): TargetConfig {
  const origin = new URL(endpoints.baseUrl).origin;
  return {
    name: 'Embedded mock provider (default fixture)',
    baseUrl: endpoints.baseUrl,
    // The mock accepts SSP-style requests (`<origin>/<service root>/<path>`), so SSP-06 runs too.
    sspPrefix: origin,
    providerAsid: DEFAULT_PROVIDER_ASID,
    consumerAsid: CONSUMER_A1001.asid,
    services: {
      withFreeSlots: SERVICE_WALK_IN,
      sharedSchedulePair: [SERVICE_WALK_IN, SERVICE_UTC],
      multiSchedule: SERVICE_UTC,
      // Every fifth slot of schedule-1 is released only to A1001.
      withWithheldSlots: SERVICE_WALK_IN,
      // Schedule 3 (reached through the OOH GP Service) records no delivery channel.
      withUnrecordedChannel: SERVICE_OOH,
    },
    consumers: [
      { role: 'primary', odsCode: CONSUMER_A1001.odsCode, name: CONSUMER_A1001.name, asid: CONSUMER_A1001.asid },
      { role: 'restricted', odsCode: CONSUMER_B2002.odsCode, name: CONSUMER_B2002.name, asid: CONSUMER_B2002.asid },
    ],
    oracle: {
      schedulesByService: {
        [SERVICE_WALK_IN]: ['schedule-1'],
        [SERVICE_UTC]: ['schedule-1', 'schedule-2'],
        [SERVICE_OOH]: ['schedule-2', 'schedule-3'],
      },
      schedulesWithoutDeliveryChannel: ['schedule-3'],
      hasBusySlots: true,
      // The mock's strict switch (appointmentAccess: owner).
      appointmentsOwnerOnly: true,
      // The fixture holds a resource of every type an include reaches (SLOT-20).
      holds: ['Practitioner', 'PractitionerRole', 'Location', 'Organization'],
    },
    // The fixture has slots over the next 7 days; two are plenty for every check and keep the
    // evidence small. Nothing exists beyond day 7, so days 10 to 11 are empty.
    search: { horizonDays: 2, emptyWindow: { fromDays: 10, toDays: 11 } },
    // The mock is local and cheap: about a day of slots proves SLOT-09, and each worker has its own
    // store, so bookings never meet another run's.
    booking: { slotsToProve: 24, idSampleSize: 40, raceConcurrency: 50, patientAppointments: 50 },
    timeouts: { requestMs: 5_000 },
    admin: { origin },
    // The chaos endpoint answers the next request of an interaction with 500 + OperationOutcome.
    serverFailure: { via: 'mock-chaos', origin },
  };
}

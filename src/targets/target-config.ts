// A target: the provider endpoint under test and the data it declares, so that scenarios know which
// service has free slots, which consumer sees withheld slots, and so on. A scenario whose data the
// target does not declare is skipped with the reason, never failed.
import type { LenientConfig } from './conformance-policy.ts';

/** Which consumer a scenario speaks as. */
export type ConsumerRole = 'primary' | 'restricted' | 'unseen';

export interface ConsumerIdentity {
  readonly role: ConsumerRole;
  /** JWT `requesting_organization` (SLOT-08). */
  readonly odsCode: string;
  readonly name: string;
  /** `Ssp-From`; the target's `consumerAsid` when absent. */
  readonly asid?: string;
}

export interface TargetServices {
  /** A DoS service id with free slots in the search horizon (the default of every scenario). */
  readonly withFreeSlots: string;
  /** A configured service with no slots at all (SLOT-29). */
  readonly withoutSlots?: string;
  /** Two services that share at least one schedule (SLOT-07). */
  readonly sharedSchedulePair?: readonly [string, string];
  /** A service whose slots come from several schedules (SLOT-12). */
  readonly multiSchedule?: string;
  /** A service some of whose slots the restricted consumer must not see (SLOT-08). */
  readonly withWithheldSlots?: string;
  /** A service with slots of the schedules listed in `oracle.schedulesWithoutDeliveryChannel` (SLOT-33). */
  readonly withUnrecordedChannel?: string;
  /** A DoS service id the provider does not know (SLOT-10); `2000999999` when absent. */
  readonly unknown?: string;
}

/** Facts the target vouches for; each one enables a stronger check. */
export interface TargetOracle {
  /** Schedule ids each service maps to, as the primary consumer sees them (SLOT-07, SLOT-12). */
  readonly schedulesByService?: Readonly<Record<string, readonly string[]>>;
  /** Schedules whose slots have no recorded delivery channel (SLOT-33). */
  readonly schedulesWithoutDeliveryChannel?: readonly string[];
  /** The service with free slots also has busy slots in the horizon (SLOT-13). */
  readonly hasBusySlots?: boolean;
  /**
   * Only the consumer organisation that booked an appointment may read or cancel it; any other gets
   * 403 (JWT-23, a MAY: the scenarios that check it run only when this is declared).
   */
  readonly appointmentsOwnerOnly?: boolean;
  /**
   * Which of the resource types an include reaches the provider holds for the services it serves
   * (SLOT-20). An include of a type not held brings nothing, as SLOT-21 allows; SLOT-20 is checked
   * only for the types listed here (and listed in the CapabilityStatement's searchInclude).
   */
  readonly holds?: readonly HeldResourceType[];
}

/** The resource types of the second-level includes, which a provider may or may not hold (SLOT-20, SLOT-21). */
export const HELD_RESOURCE_TYPES = ['Practitioner', 'PractitionerRole', 'Location', 'Organization'] as const;
export type HeldResourceType = (typeof HELD_RESOURCE_TYPES)[number];

export interface TargetTls {
  /** PEM files, relative to the target file. */
  readonly cert: string;
  readonly key: string;
  readonly ca?: string;
  /** Prefer `passphraseEnv`: a secret in a file is a secret in every copy of it. */
  readonly passphrase?: string;
  readonly passphraseEnv?: string;
}

export interface TargetConfig {
  readonly name: string;
  /** The provider's service root URL (also the JWT `aud`, JWT-09). */
  readonly baseUrl: string;
  /** The SSP in front of the provider; when set, requests go to `<sspPrefix>/<baseUrl>/…` (SSP-01). */
  readonly sspPrefix?: string;
  readonly providerAsid: string;
  readonly consumerAsid: string;
  readonly tls?: TargetTls;
  readonly services: TargetServices;
  readonly consumers: readonly ConsumerIdentity[];
  readonly oracle?: TargetOracle;
  readonly search?: {
    /** How many days ahead slots are searched for (default 7). */
    readonly horizonDays?: number;
    /** A window, in days from now, in which the target has no slots at all (SLOT-29). */
    readonly emptyWindow?: { readonly fromDays: number; readonly toDays: number };
    /** SLOT-31: the most pages of one search the harness follows (default 50); a longer search is inconclusive. */
    readonly maxPages?: number;
  };
  /** How much booking a run may do on the target (every booking is cancelled afterwards). */
  readonly booking?: {
    /** SLOT-09: how many of the free slots a search returns are booked to prove them bookable (default 3). */
    readonly slotsToProve?: number;
    /** BOOK-25: how many bookings prove the ids unique (default 5). */
    readonly idSampleSize?: number;
    /** The `@race` scenarios: how many concurrent requests each sends (default 20). */
    readonly raceConcurrency?: number;
    /** REG-03: how many appointments are booked for one patient to show the search is not paged (default 50). */
    readonly patientAppointments?: number;
  };
  readonly lenient?: LenientConfig;
  readonly timeouts?: { readonly requestMs?: number; readonly maxBodyBytes?: number };
  /** Admin endpoints of a mock provider (clock freezing); never present for a real provider. */
  readonly admin?: {
    readonly origin: string;
    /** The environment variable holding the mock's admin token (sent as `X-Admin-Token`). */
    readonly tokenEnv?: string;
  };
  /**
   * How the suite may provoke a server failure (SLOT-37, ERR-04, READ-08, REG-06); without it those
   * checks are reported untested. `mock-chaos`: the mock's `<origin>/_admin/chaos` with `serverError`.
   */
  readonly serverFailure?: { readonly via: 'mock-chaos'; readonly origin: string };
}

export const DEFAULT_UNKNOWN_SERVICE = '2000999999';
export const DEFAULT_UNSEEN_CONSUMER: ConsumerIdentity = { role: 'unseen', odsCode: 'Y9Z9Z', name: 'Unregistered Clinical Assessment Service' };
export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
/** Nothing the Booking API returns comes near this; a body beyond it fails with "exceeds N bytes". */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;
export const DEFAULT_HORIZON_DAYS = 7;

// The provider file as written (YAML or JSON): a provider's own configuration of the Booking API —
// its services, its schedules (diaries or listed slots), the many-to-many mapping between them, the
// consumers it knows and the release rules. Compiled into ProviderData by compileProvider.
import type { ProviderConfig } from '../domain/provider-config.ts';
import type { DeliveryChannel, SlotStatus } from '../domain/types.ts';

export type Weekday = 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';

/** Every `every`-th slot of a diary, counting from `offset` (slot ordinals start at 0). */
export interface SlotPattern {
  readonly every: number;
  readonly offset?: number;
}

export interface DiaryDocument {
  readonly days: readonly Weekday[];
  /** Local wall-clock times in `zone`, "HH:MM". */
  readonly from: string;
  readonly to: string;
  /** Length of each slot; slots follow each other without gaps. */
  readonly minutes: number;
  /** IANA time zone; Europe/London when absent. */
  readonly zone?: string;
  /** Fixed dates (inclusive, local); otherwise `horizonDays` from the mock's clock. */
  readonly dates?: { readonly from: string; readonly to: string };
  readonly horizonDays?: number;
  readonly busy?: SlotPattern;
  /** One channel for every slot, or a list cycled through by slot ordinal. */
  readonly channel?: DeliveryChannel | readonly DeliveryChannel[];
  /** Slot ids are `<idPrefix>-<YYYYMMDD>-<HHMM>` (UTC); the schedule id when absent. */
  readonly idPrefix?: string;
}

export interface SlotDocument {
  readonly id?: string;
  readonly start: string;
  readonly end: string;
  readonly status?: SlotStatus;
  readonly channel?: DeliveryChannel;
  /** rfc4122 UUID for Slot.identifier; derived from the slot id when absent. */
  readonly identifier?: string;
  readonly versionId?: number;
}

export interface ScheduleDocument {
  readonly id: string;
  readonly name?: string;
  readonly identifier?: { readonly system: string; readonly value: string };
  readonly actors?: { readonly practitioner?: string; readonly practitionerRole?: string; readonly location?: string };
  readonly diary?: DiaryDocument;
  readonly slots?: readonly SlotDocument[];
  /** Listed slots of one schedule never overlap unless this says the overlap is intended. */
  readonly allowOverlaps?: boolean;
}

export interface ServiceDocument {
  /** The DoS service id consumers search with. */
  readonly id: string;
  readonly name: string;
  /** The HealthcareService logical id; `hs-<id>` when absent. */
  readonly resourceId?: string;
  readonly location?: string;
  readonly organization?: string;
}

export interface ConsumerDocument {
  readonly odsCode: string;
  readonly asid: string;
  readonly name?: string;
}

/** Released to a consumer organisation (JWT requesting_organization) or a consumer system (Ssp-From). */
export type ReleaseTarget = { readonly odsCode: string } | { readonly asid: string };

export interface ReleaseDocument {
  readonly schedule?: string;
  /** With `schedule`: only the diary slots of this pattern. */
  readonly slots?: SlotPattern;
  /** One listed slot, by id. */
  readonly slot?: string;
  readonly to: readonly ReleaseTarget[];
}

export interface ProviderDocument {
  readonly provider: { readonly name: string; readonly asid: string; readonly odsCode?: string; readonly organizationId?: string };
  readonly services: readonly ServiceDocument[];
  readonly schedules: readonly ScheduleDocument[];
  readonly mapping: readonly { readonly service: string; readonly schedule: string }[];
  readonly consumers?: readonly ConsumerDocument[];
  readonly release?: readonly ReleaseDocument[];
  readonly practitioners?: readonly {
    readonly id: string; readonly sdsUserId: string; readonly family: string; readonly given: readonly string[];
    readonly prefix?: readonly string[]; readonly gender?: 'male' | 'female' | 'other' | 'unknown';
  }[];
  readonly practitionerRoles?: readonly { readonly id: string; readonly practitioner: string; readonly sdsRoleProfileId: string; readonly roleCode: string; readonly roleDisplay: string }[];
  readonly locations?: readonly { readonly id: string; readonly odsSiteCode: string; readonly name: string; readonly line: readonly string[]; readonly city: string; readonly postalCode: string }[];
  readonly organizations?: readonly { readonly id: string; readonly odsCode: string; readonly name: string }[];
  /** Section-3 switches, as for `--config` / `POST /_admin/config`. */
  readonly switches?: Partial<ProviderConfig>;
  /** A fixed "now" for the mock, or an offset from the real clock; the real clock when absent. */
  readonly clock?: { readonly freeze: string } | { readonly offsetSeconds: number };
}

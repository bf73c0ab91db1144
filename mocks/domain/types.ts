// The provider's own data model: what a provider system holds before it is rendered as FHIR.
// Everything here is plain data. Times are kept twice: the ISO string as configured and the
// epoch milliseconds used for comparisons (TIME-05: compare instants by value, never by string).

export type SlotStatus = 'free' | 'busy';
export type DeliveryChannel = 'In-person' | 'Telephone' | 'Video';

/** Who a slot or schedule is released to. An absent rule means "released to every consumer". */
export interface ReleaseRule {
  /** ODS codes (JWT `requesting_organization`) the slots are released to. */
  readonly odsCodes?: readonly string[];
  /** Consumer ASIDs (`Ssp-From`) the slots are released to. */
  readonly asids?: readonly string[];
  /** Where the rule is configured (`release[2]` of a provider file), for explanations. */
  readonly source?: string;
}

export interface SlotRecord {
  readonly id: string;
  /** rfc4122 UUID carried in `Slot.identifier` (SLOT-32). */
  readonly identifier: string;
  readonly scheduleId: string;
  readonly start: string;
  readonly startMs: number;
  readonly end: string;
  readonly endMs: number;
  readonly status: SlotStatus;
  /** Never defaulted (SLOT-33): absent means the channel is not known. */
  readonly deliveryChannel?: DeliveryChannel;
  /** Narrows the schedule's release rule for this slot only. */
  readonly release?: ReleaseRule;
  readonly versionId: number;
}

export interface ScheduleRecord {
  readonly id: string;
  readonly name: string;
  readonly identifier: { readonly system: string; readonly value: string };
  readonly practitionerId?: string;
  readonly practitionerRoleId?: string;
  readonly locationId?: string;
  readonly release?: ReleaseRule;
}

export interface HealthcareServiceRecord {
  readonly id: string;
  /** The DoS service id: the value consumers send as the healthcare-service search parameter. */
  readonly dosId: string;
  readonly name: string;
  readonly locationId?: string;
  readonly organizationId?: string;
}

export interface PractitionerRecord {
  readonly id: string;
  readonly sdsUserId: string;
  readonly family: string;
  readonly given: readonly string[];
  readonly prefix?: readonly string[];
  readonly gender?: 'male' | 'female' | 'other' | 'unknown';
}

export interface PractitionerRoleRecord {
  readonly id: string;
  readonly practitionerId: string;
  readonly sdsRoleProfileId: string;
  readonly roleCode: string;
  readonly roleDisplay: string;
}

export interface LocationRecord {
  readonly id: string;
  readonly odsSiteCode: string;
  readonly name: string;
  readonly line: readonly string[];
  readonly city: string;
  readonly postalCode: string;
}

export interface OrganizationRecord {
  readonly id: string;
  readonly odsCode: string;
  readonly name: string;
}

/** A consumer organisation the fixture documents (release rules name them by ODS code). */
export interface ConsumerRecord {
  readonly odsCode: string;
  readonly name: string;
  readonly asid: string;
}

/** Many-to-many: one row per (DoS service id, schedule id) pair. */
export interface ServiceScheduleLink {
  readonly dosId: string;
  readonly scheduleId: string;
  /** Where the row is configured (`mapping[1]` of a provider file), for explanations. */
  readonly source?: string;
}

/** Everything a provider is configured with. A fixture is one of these. */
export interface ProviderData {
  readonly name: string;
  readonly providerAsid: string;
  readonly healthcareServices: readonly HealthcareServiceRecord[];
  readonly schedules: readonly ScheduleRecord[];
  readonly mapping: readonly ServiceScheduleLink[];
  readonly slots: readonly SlotRecord[];
  readonly practitioners: readonly PractitionerRecord[];
  readonly practitionerRoles: readonly PractitionerRoleRecord[];
  readonly locations: readonly LocationRecord[];
  readonly organizations: readonly OrganizationRecord[];
  readonly consumers: readonly ConsumerRecord[];
}

/** The consumer a request comes from, as the provider establishes it from the JWT and SSP headers. */
export interface RequestingConsumer {
  readonly odsCode: string;
  readonly asid?: string;
}

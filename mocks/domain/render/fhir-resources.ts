// The FHIR STU3 JSON shapes the mock renders for a Slot search. Only the elements the mock emits;
// every repeating element is an array and no element is ever empty (PROF-03).
import type { DeliveryChannel, SlotStatus } from '../types.ts';

export interface Reference {
  readonly reference: string;
}

export interface Identifier {
  readonly system: string;
  readonly value: string;
}

export interface ResourceMeta {
  readonly versionId?: string;
  readonly profile: readonly string[];
}

export interface SlotResource {
  readonly resourceType: 'Slot';
  readonly id: string;
  readonly meta: ResourceMeta;
  readonly extension?: readonly { readonly url: string; readonly valueCode: DeliveryChannel }[];
  readonly identifier: readonly Identifier[];
  readonly schedule: Reference;
  readonly status: SlotStatus;
  readonly start: string;
  readonly end: string;
}

export interface ScheduleResource {
  readonly resourceType: 'Schedule';
  readonly id: string;
  readonly meta: ResourceMeta;
  readonly identifier: readonly Identifier[];
  readonly actor?: readonly Reference[];
  readonly comment?: string;
}

export interface HealthcareServiceResource {
  readonly resourceType: 'HealthcareService';
  readonly id: string;
  readonly meta: ResourceMeta;
  readonly identifier: readonly Identifier[];
  readonly providedBy?: Reference;
  readonly location?: readonly Reference[];
  readonly name: string;
}

export interface PractitionerResource {
  readonly resourceType: 'Practitioner';
  readonly id: string;
  readonly meta: ResourceMeta;
  readonly identifier: readonly Identifier[];
  readonly name: readonly { readonly family: string; readonly given?: readonly string[]; readonly prefix?: readonly string[] }[];
  readonly gender?: 'male' | 'female' | 'other' | 'unknown';
}

export interface PractitionerRoleResource {
  readonly resourceType: 'PractitionerRole';
  readonly id: string;
  readonly meta: ResourceMeta;
  readonly identifier: readonly Identifier[];
  readonly practitioner?: Reference;
  readonly code: readonly { readonly coding: readonly { readonly system: string; readonly code: string; readonly display: string }[] }[];
}

export interface LocationResource {
  readonly resourceType: 'Location';
  readonly id: string;
  readonly meta: ResourceMeta;
  readonly identifier: readonly Identifier[];
  readonly name: string;
  readonly address: {
    readonly use: 'work';
    readonly line?: readonly string[];
    readonly city: string;
    readonly postalCode: string;
  };
}

export interface OrganizationResource {
  readonly resourceType: 'Organization';
  readonly id: string;
  readonly meta: ResourceMeta;
  readonly identifier: readonly Identifier[];
  readonly name: string;
}

/** Resources a Slot search may add with `search.mode = include`. */
export type IncludedResource =
  | ScheduleResource
  | HealthcareServiceResource
  | PractitionerResource
  | PractitionerRoleResource
  | LocationResource
  | OrganizationResource;

// Faults in the CapabilityStatement (GET [base]/metadata).
import type { FaultBehaviour, FaultResult } from './fault-behaviour.ts';
import type { MockFault } from './mock-fault.ts';
import type { Json } from './searchset-transform.ts';

/** A fault acting on the body of every successful /metadata answer. */
function onCapability(change: (statement: Json) => Json): FaultBehaviour {
  return {
    result: (result: FaultResult, ctx) => {
      const body = result.body as Json | null;
      if (ctx.interaction !== 'metadata' || result.status !== 200 || body?.resourceType !== 'CapabilityStatement') return result;
      return { ...result, body: change(body) };
    },
  };
}

function without(resource: Json, element: string): Json {
  const { [element]: _dropped, ...rest } = resource;
  return rest;
}

function restResources(statement: Json): Json[] {
  const rest = Array.isArray(statement.rest) ? (statement.rest as Json[]) : [];
  return Array.isArray(rest[0]?.resource) ? (rest[0].resource as Json[]) : [];
}

export const CAPABILITY_FAULTS = {
  // CAP-01 broken (the DSTU2 name of the resource).
  'conformance-resource': onCapability((statement) => ({ ...statement, resourceType: 'Conformance' })),
  // CAP-02 broken: date is 1..1 in STU3.
  'capability-without-date': onCapability((statement) => without(statement, 'date')),
  // CAP-03 broken.
  'capability-without-accept-unknown': onCapability((statement) => without(statement, 'acceptUnknown')),
  // CAP-04 broken: a format it does not serve.
  'capability-lists-xml': {
    ...onCapability((statement) => ({ ...statement, format: ['application/fhir+json', 'application/fhir+xml'] })),
    config: (config) => ({ ...config, serveXml: false }),
  },
  // CAP-05 broken.
  'capability-dstu2-version': onCapability((statement) => ({ ...statement, fhirVersion: '1.0.2' })),
  // CAP-06 broken.
  'capability-without-slot-search': onCapability((statement) => {
    const [rest] = Array.isArray(statement.rest) ? (statement.rest as Json[]) : [];
    const resource = restResources(statement).map((r) => (r.type === 'Slot' ? without(r, 'searchParam') : r));
    return { ...statement, rest: [{ ...rest, resource }] };
  }),
  // CAP-07 broken.
  'capability-without-appointment': onCapability((statement) => {
    const [rest] = Array.isArray(statement.rest) ? (statement.rest as Json[]) : [];
    return { ...statement, rest: [{ ...rest, resource: restResources(statement).filter((r) => r.type !== 'Appointment') }] };
  }),
  // CAP-08 broken: the template's trailing comma, sent as is.
  'capability-trailing-comma': {
    wire: (response, ctx) => (ctx.interaction === 'metadata' && response.status === 200 && response.body !== null
      ? { ...response, body: response.body.replace(/\}$/, ',}') }
      : response),
  },
} as const satisfies Partial<Record<MockFault, FaultBehaviour>>;

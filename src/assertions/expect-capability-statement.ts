// The CapabilityStatement: returned whatever the data (CAP-01, CAP-02), ignoring unknown content
// (CAP-03), listing JSON among its formats (CAP-04), built from the template (CAP-05), declaring
// Slot search (CAP-06) and Appointment (CAP-07), documenting integrity handling (CAP-11, warn).
import type { Exchange } from '../client/exchange.ts';
import { expectFhirContentType } from './expect-fhir-content-type.ts';
import { expectStatus } from './expect-status.ts';
import { fail, type Warn } from '../verdict/fail.ts';
import { readResource, type FhirResource } from '../fhir/read-fhir-json.ts';
import { declaredFormats } from '../fhir/declared-formats.ts';

type Resource = Readonly<Record<string, unknown>>;
const asArray = (value: unknown): Resource[] => (Array.isArray(value) ? (value as Resource[]) : []);
const restResources = (cs: FhirResource) => asArray(asArray(cs.rest)[0]?.resource);
const resourceOf = (cs: FhirResource, type: string) => restResources(cs).find((r) => r.type === type);
const interactionsOf = (resource: Resource | undefined) => asArray(resource?.interaction).map((i) => String(i.code));

export function expectCapabilityStatement(exchange: Exchange, warn: Warn): FhirResource {
  expectStatus(exchange, [200], ['CAP-01']);
  const cs = readResource(exchange, 'CapabilityStatement', ['CAP-01', 'CAP-08']);
  expectFhirContentType(exchange, 'json', ['CAP-01'], warn);
  return cs;
}

export function expectAcceptUnknownBoth(exchange: Exchange, cs: FhirResource): void {
  if (cs.acceptUnknown !== 'both') fail(exchange, { code: 'ACCEPT_UNKNOWN', obligations: ['CAP-03'], reason: 'the provider does not declare that it ignores unknown elements and extensions', expected: 'both', actual: cs.acceptUnknown ?? null });
}

export function expectJsonFormatListed(exchange: Exchange, cs: FhirResource): void {
  const formats = declaredFormats(cs);
  if (!formats.some((f) => f === 'application/fhir+json' || f === 'json')) fail(exchange, { code: 'JSON_NOT_LISTED', obligations: ['CAP-04'], reason: 'format does not list application/fhir+json', expected: 'application/fhir+json in format', actual: formats });
}

export function expectTemplateValues(exchange: Exchange, cs: FhirResource, warn: Warn): void {
  const wanted: readonly [string, unknown, unknown][] = [
    ['fhirVersion', '3.0.1', cs.fhirVersion],
    ['kind', 'capability', cs.kind],
    ['status', 'active', cs.status],
    ['rest[0].mode', 'server', asArray(cs.rest)[0]?.mode],
  ];
  const wrong = wanted.filter(([, expected, actual]) => expected !== actual);
  if (wrong.length > 0) fail(exchange, { code: 'TEMPLATE_VALUES', obligations: ['CAP-05'], reason: 'fixed values of the template are not set', expected: Object.fromEntries(wanted.map(([k, v]) => [k, v])), actual: Object.fromEntries(wrong.map(([k, , v]) => [k, v ?? null])) });
  const placeholders = JSON.stringify([cs.publisher, cs.software, cs.contact]).match(/"\[[^"\]]*\]"/g) ?? [];
  if (placeholders.length > 0) warn({ code: 'TEMPLATE_PLACEHOLDER', obligations: ['CAP-05'], message: `template placeholders left in publisher/software/contact: ${placeholders.join(', ')}`, exchangeId: exchange.id });
}

export function expectSlotSearchDeclared(exchange: Exchange, cs: FhirResource): void {
  const slot = resourceOf(cs, 'Slot');
  const params = new Map(asArray(slot?.searchParam).map((p) => [String(p.name), String(p.type)]));
  const problems = [
    ...(interactionsOf(slot).includes('search-type') ? [] : ['no search-type interaction on Slot']),
    ...([['service', 'token'], ['status', 'token'], ['start', 'date']] as const).filter(([name, type]) => params.get(name) !== type).map(([name, type]) => `searchParam ${name} (${type}) missing`),
    ...(asArray(slot?.searchInclude).length > 0 ? [] : ['no searchInclude list']),
  ];
  if (problems.length > 0) fail(exchange, { code: 'SLOT_NOT_DECLARED', obligations: ['CAP-06'], reason: 'Slot search is not declared as the template describes', expected: 'Slot: search-type, searchParam service/status/start, searchInclude', actual: problems });
}

/** The `searchInclude` values the provider declares for Slot (CAP-06, SLOT-34). */
export function declaredSearchIncludes(cs: FhirResource): string[] {
  return asArray(resourceOf(cs, 'Slot')?.searchInclude).map(String);
}

export function expectAppointmentDeclared(exchange: Exchange, cs: FhirResource, warn: Warn): void {
  const interactions = interactionsOf(resourceOf(cs, 'Appointment'));
  const missing = ['read', 'create'].filter((code) => !interactions.includes(code));
  if (missing.length > 0) fail(exchange, { code: 'APPOINTMENT_NOT_DECLARED', obligations: ['CAP-07'], reason: `Appointment lacks ${missing.join(' and ')}`, expected: ['read', 'create'], actual: interactions });
  const gaps = ['update', 'vread'].filter((code) => !interactions.includes(code));
  // C-23: both templates omit update and vread, so their absence is only a warning.
  if (gaps.length > 0) warn({ code: 'APPOINTMENT_UPDATE_VREAD', obligations: ['CAP-07'], message: `Appointment does not declare ${gaps.join(' or ')}, which cancel and history need (C-23)`, exchangeId: exchange.id });
}

export function expectIntegrityDocumented(exchange: Exchange, cs: FhirResource, warn: Warn): void {
  const rest = asArray(cs.rest)[0];
  const documented = [rest?.documentation, resourceOf(cs, 'Appointment')?.documentation].some((d) => typeof d === 'string' && d.trim() !== '');
  if (!documented) warn({ code: 'INTEGRITY_UNDOCUMENTED', obligations: ['CAP-11'], message: 'neither rest[0].documentation nor the Appointment resource documents transactional integrity', exchangeId: exchange.id });
}

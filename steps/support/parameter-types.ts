// Custom parameter types. Every pattern is built from the table the value is looked up in, so a
// phrase nobody implemented (or a typo) leaves the step undefined instead of passing.
import { defineParameterType } from '@cucumber/cucumber';
import { ZONE_DESIGNATORS, type ZoneDesignator } from '../../src/client/format-instant.ts';
import { INCLUDE_SPELLINGS, INCLUDE_TARGETS, type IncludeSpelling, type IncludeTarget } from '../../src/client/slot-includes.ts';
import { SLOT_VISIBILITIES, type SlotVisibility } from '../../src/assertions/expect-slot-visibility.ts';
import { BOUNDS_PHRASES, type BoundsPhrase } from '../../src/drivers/bounds-around-slot.ts';
import { CONSUMER_PHRASES, type ConsumerPhrase } from '../../src/drivers/consumer-roles.ts';
import { FORMAT_REQUEST_NAMES, type FormatRequestName } from '../../src/drivers/format-requests.ts';
import { REQUEST_NAMES, type RequestName } from '../../src/drivers/named-requests.ts';
import { EXTRA_PARAM_NAMES, MALFORMED_VALUE_NAMES, SERVICE_PARAM_NAMES, type ExtraParam, type MalformedValue } from '../../src/drivers/query-variants.ts';
import { WINDOW_NAMES, type WindowName } from '../../src/drivers/search-windows.ts';
import { SERVICE_ROLE_PHRASES, type ServiceRole } from '../../src/drivers/service-roles.ts';
import { JWT_DEFECT_NAMES, type JwtDefect } from '../../src/jwt/jwt-defects.ts';
import type { PractitionerMode } from '../../src/jwt/default-jwt-claims.ts';
import type { Route } from '../../src/client/target-client.ts';

/** A regexp matching exactly one of `values` (longest first, so no phrase shadows a longer one). */
export function oneOf(values: readonly string[]): RegExp {
  const escaped = [...values].sort((a, b) => b.length - a.length).map((v) => v.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(escaped.join('|'));
}

function define<T>(name: string, values: readonly string[], transformer: (text: string) => T): void {
  defineParameterType({ name, regexp: oneOf(values), transformer, useForSnippets: false });
}

function defineTable<T extends string>(name: string, values: readonly T[]): void {
  define(name, values, (text) => text as T);
}

// SLOT-13: the status queries a scenario sends.
export const SLOT_STATUS_QUERIES = ['free', 'busy', 'free,busy'] as const;

// The statuses a scenario names literally: those with no lenient alternative in the 2.12.2 matrix.
export const HTTP_STATUSES = { 400: 'Bad Request', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed', 500: 'Internal Server Error' } as const;

export const VERBS = ['POST', 'PUT', 'DELETE', 'PATCH'] as const;

export const PRACTITIONER_MODES: Readonly<Record<string, PractitionerMode>> = {
  'no requesting practitioner': 'absent',
  'a practitioner with only an SDS user id': 'sds-user-id-only',
};

export const ROUTES: Readonly<Record<string, Route>> = { 'directly': 'direct', 'through the SSP': 'ssp' };

defineTable<ServiceRole>('service', SERVICE_ROLE_PHRASES);
defineTable<ConsumerPhrase>('consumer', CONSUMER_PHRASES);
defineTable<JwtDefect>('jwtDefect', JWT_DEFECT_NAMES);
defineTable<WindowName>('window', WINDOW_NAMES);
defineTable<BoundsPhrase>('bounds', BOUNDS_PHRASES);
defineTable<ZoneDesignator>('zone', ZONE_DESIGNATORS);
defineTable<IncludeSpelling>('includeSpelling', INCLUDE_SPELLINGS);
defineTable<SlotVisibility>('visibility', SLOT_VISIBILITIES);
defineTable<MalformedValue>('malformedValue', MALFORMED_VALUE_NAMES);
defineTable<ExtraParam>('extraParam', EXTRA_PARAM_NAMES);
defineTable<RequestName>('request', REQUEST_NAMES);
defineTable<FormatRequestName>('formatRequest', FORMAT_REQUEST_NAMES);
defineTable('serviceParamName', SERVICE_PARAM_NAMES);
defineTable<(typeof VERBS)[number]>('verb', VERBS);
define('slotStatus', SLOT_STATUS_QUERIES, (text) => text.split(','));
define('httpStatus', Object.keys(HTTP_STATUSES), Number);
define('practitionerMode', Object.keys(PRACTITIONER_MODES), (text) => PRACTITIONER_MODES[text]);
define('route', Object.keys(ROUTES), (text) => ROUTES[text]);

// "schedules, healthcare services and locations": a list of include targets.
const includeItem = oneOf(INCLUDE_TARGETS).source;
defineParameterType({
  name: 'includes',
  regexp: new RegExp(`(?:${includeItem})(?:(?:, | and )(?:${includeItem}))*`),
  transformer: (text: string) => text.split(/, | and /) as IncludeTarget[],
  useForSnippets: false,
});

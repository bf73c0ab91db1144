// Turns the decoded (name, value) pairs of a Slot search URL into a SlotQuery, or the Problem a
// strict provider answers with. Liberal where the catalogue allows it (include spellings, `+` read
// as a space, unknown names ignored), strict on malformed values of known parameters (SLOT-35).
import type { Problem } from '../problem.ts';
import type { ProviderConfig } from '../provider-config.ts';
import { normaliseInclude } from './normalise-include.ts';
import { parseServiceToken } from './parse-service-token.ts';
import { parseStartBound } from './parse-start-bound.ts';
import {
  INCLUDE_TARGETS,
  SLOT_STATUS_CODES,
  type IncludeTarget,
  type QueryLeniency,
  type QueryParam,
  type SlotQuery,
  type SlotStatusCode,
} from './slot-query.ts';

export type ParsedSlotQuery = { readonly ok: true; readonly query: SlotQuery } | { readonly ok: false; readonly problem: Problem };

// SLOT-24 / C-03: the plain, STU3 (`:recurse`) and R4 (`:iterate`) spellings mean the same here.
const INCLUDE_NAMES: ReadonlySet<string> = new Set(['_include', '_include:recurse', '_include:iterate']);
// Known names that change nothing in the result: SLOT-19 lets a provider ignore `_count`, and
// SLOT-24 says never fail on `_revinclude`. They are neither applied nor "unknown".
const IGNORED_NAMES: ReadonlySet<string> = new Set(['_count', '_revinclude', '_revinclude:recurse', '_revinclude:iterate']);
const STATUS_CODES: ReadonlySet<string> = new Set(SLOT_STATUS_CODES);

function invalid(name: string, diagnostics: string): ParsedSlotQuery {
  return { ok: false, problem: { code: 'INVALID_PARAMETER', diagnostics, expression: [name] } };
}

export function parseSlotQuery(params: readonly (readonly [string, string])[], config: ProviderConfig): ParsedSlotQuery {
  let service: { readonly name: string; readonly id: string } | undefined;
  let statuses: SlotStatusCode[] | undefined;
  let fromMs = -Infinity;
  let toMs = Infinity;
  const includes = new Set<IncludeTarget>();
  const unknownParams: QueryParam[] = [];
  const applied: QueryParam[] = [];
  const leniencies: QueryLeniency[] = [];

  for (const [name, value] of params) {
    if (config.serviceParamNames.includes(name)) {
      const token = parseServiceToken(name, value, config);
      if (!token.ok) return token;
      for (const id of token.ids) {
        // C-01 lenient / SLOT-10: two different service ids are refused, never merged.
        if (service && service.id !== id) {
          return invalid(name, `The search names two different services ("${service.id}" and "${id}"): send one DoS service id`);
        }
        service = { name: service?.name ?? name, id };
      }
      if (token.hadSystem) leniencies.push({ code: 'token-system', param: name, value });
      applied.push([name, value]);
    } else if (name === 'status') {
      // SLOT-35: `status=` (or an empty code in the list) is a malformed value.
      if (value === '') return invalid(name, 'Search parameter status is empty: send one or more SlotStatus codes');
      const codes = value.split(',');
      if (codes.some((c) => c === '')) return invalid(name, `Search parameter status has an empty code: "${value}"`);
      const unknown = codes.find((c) => !STATUS_CODES.has(c));
      if (unknown !== undefined) {
        return invalid(name, `Search parameter status has an unknown code "${unknown}" (expected one of ${SLOT_STATUS_CODES.join(', ')})`);
      }
      // SLOT-13: a comma list is OR; repeated `status` parameters are AND (FHIR search).
      const listed = codes as SlotStatusCode[];
      statuses = statuses === undefined ? [...new Set(listed)] : statuses.filter((s) => listed.includes(s));
      applied.push([name, value]);
    } else if (name === 'start') {
      const bound = parseStartBound(value);
      if (!bound.ok) return invalid(name, `Search parameter start has an invalid value "${value}": ${bound.reason}`);
      // SLOT-15: several `start` parameters combine with AND.
      fromMs = Math.max(fromMs, bound.fromMs);
      toMs = Math.min(toMs, bound.toMs);
      // SLOT-04: an unencoded `+` arrives as a space; read it as `+` and let the judging layer report it.
      const repaired = bound.plusDecodedAsSpace ? value.replace(/ (\d{2}:\d{2})$/, '+$1') : value;
      if (bound.plusDecodedAsSpace) leniencies.push({ code: 'plus-decoded-as-space', param: name, value });
      applied.push([name, repaired]);
    } else if (INCLUDE_NAMES.has(name)) {
      const targets = normaliseInclude(value);
      // SLOT-21: an include the mock does not support is left out, not an error.
      for (const target of targets) includes.add(target);
      if (targets.length > 0) applied.push([name, value]);
    } else if (name === '_format') {
      // Content negotiation is the handler's job (HTTP-05); the value is echoed in the self link.
      applied.push([name, value]);
    } else if (!IGNORED_NAMES.has(name)) {
      // SLOT-06 / C-11 / C-25: unknown names (including `end`) are ignored unless configured otherwise.
      unknownParams.push([name, value]);
    }
  }

  if (unknownParams.length > 0 && config.unknownParamPolicy === 'reject') {
    const names = [...new Set(unknownParams.map(([n]) => n))];
    return { ok: false, problem: { code: 'UNKNOWN_PARAMETER', diagnostics: `Unknown search parameter(s): ${names.join(', ')}`, expression: names } };
  }
  if (service === undefined) {
    // SLOT-10: no service parameter is a 400, never "slots of every service".
    const expected = config.serviceParamNames[0] ?? 'schedule.actor:healthcareservice';
    return { ok: false, problem: { code: 'MISSING_SERVICE', diagnostics: `No healthcare service given: send the DoS service id as ${expected}`, expression: [expected] } };
  }
  return {
    ok: true,
    query: {
      serviceId: service.id,
      serviceParam: service.name,
      ...(statuses === undefined ? {} : { statuses }),
      window: { fromMs, toMs, hasLowerBound: fromMs !== -Infinity, hasUpperBound: toMs !== Infinity },
      includes: INCLUDE_TARGETS.filter((t) => includes.has(t)),
      unknownParams,
      applied,
      leniencies,
    },
  };
}

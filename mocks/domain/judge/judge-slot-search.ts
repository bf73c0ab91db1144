// Consumer judgement of one Slot search request (SLOT-02..05) and of the times it writes (TIME-01/02).
// SLOT-04 is read from the raw query string: once decoded, an unencoded "+" is already a space.
import type { ConsumerJudgeContext } from './judge-context.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';
import { judgeTimes } from './judge-times.ts';
import type { TimeValue } from './judge-times.ts';
import { parseStartBound } from '../slot-search/parse-start-bound.ts';
import type { RequestView } from './to-request-view.ts';

export const STRICT_SERVICE_PARAM = 'schedule.actor:healthcareservice';
/** C-01: spellings a lenient provider accepts but a strict consumer must not send. */
const OTHER_SERVICE_PARAMS: readonly string[] = ['service', 'schedule.actor:HealthcareService', '_schedule.actor:healthcareservice'];

/** The query as sent: names and values percent-decoded, but a literal "+" kept as "+". */
export function rawQueryPairs(rawQuery: string): (readonly [name: string, rawValue: string, value: string])[] {
  if (rawQuery === '') return [];
  return rawQuery.split('&').filter((part) => part !== '').map((part) => {
    const at = part.indexOf('=');
    const [rawName, rawValue] = at < 0 ? [part, ''] : [part.slice(0, at), part.slice(at + 1)];
    const decode = (text: string): string => {
      try {
        return decodeURIComponent(text);
      } catch {
        return text;
      }
    };
    return [decode(rawName), rawValue, decode(rawValue)] as const;
  });
}

// SLOT-02 (C-01, C-02): one bare DoS service id under the strict parameter name.
function judgeServiceParam(view: RequestView, ctx: ConsumerJudgeContext): Finding {
  const values = view.params.filter(([name]) => name === STRICT_SERVICE_PARAM).map(([, value]) => value);
  if (values.length === 0) {
    const other = view.params.find(([name]) => OTHER_SERVICE_PARAMS.includes(name));
    return other === undefined
      ? finding('SLOT-02', 'fail', `no healthcare-service parameter: send ${STRICT_SERVICE_PARAM}=<DoS service id of the chosen service>`)
      : finding('SLOT-02', 'fail', `the service id was sent as ${other[0]}; the strict parameter name is ${STRICT_SERVICE_PARAM} (C-01)`, { [other[0]]: other[1] });
  }
  if (values.length > 1) return finding('SLOT-02', 'fail', `${STRICT_SERVICE_PARAM} was sent ${values.length} times; send the one chosen service`, values);
  const [value] = values;
  if (value.includes('|') || value.includes(',')) {
    return finding('SLOT-02', 'fail', `${STRICT_SERVICE_PARAM}=${value} is not a bare DoS service id (no system| part, no list: C-01)`, value);
  }
  if (value === ctx.providerAsid || value === view.headers.get('ssp-to')) {
    return finding('SLOT-02', 'fail', `${STRICT_SERVICE_PARAM}=${value} is the provider's ASID; send the DoS service id of the chosen service (C-02)`, value);
  }
  if (ctx.serviceIds.length > 0 && !ctx.serviceIds.includes(value)) {
    return finding('SLOT-02', 'fail', `${STRICT_SERVICE_PARAM}=${value} is not a DoS service id this provider serves (${ctx.serviceIds.join(', ')})`, value);
  }
  return finding('SLOT-02', 'pass', `${STRICT_SERVICE_PARAM}=${value}`, value);
}

// SLOT-03: an upper bound (le/lt); the lower bound is optional (MAY). C-25: `end` is not applied.
function judgeUpperBound(view: RequestView, startValues: readonly string[]): Finding {
  const bounds = startValues.map((value) => ({ value, bound: parseStartBound(value) }));
  const upper = bounds.filter(({ bound }) => bound.ok && (bound.prefix === 'le' || bound.prefix === 'lt'));
  if (upper.length === 0) {
    const end = view.params.some(([name]) => name === 'end') ? '; `end` is not a Slot search parameter and providers ignore it (C-25)' : '';
    return finding('SLOT-03', 'fail', `no upper bound on start: send start=le<instant> or start=lt<instant>${end}`, startValues);
  }
  const toMs = Math.min(...upper.map(({ bound }) => (bound.ok ? bound.toMs : Infinity)));
  if (toMs < view.timeMs) {
    return finding('SLOT-03', 'warn', 'the upper bound lies before the request time, so the whole window is in the past (providers answer 400: SLOT-18)', startValues);
  }
  return finding('SLOT-03', 'pass', `upper bound ${upper.map(({ value }) => value).join(', ')}`);
}

// SLOT-04: RFC 3986 encoding; an offset "+" must travel as %2B.
function judgeEncoding(rawStarts: readonly string[]): Finding {
  const literalPlus = rawStarts.filter((raw) => raw.includes('+'));
  return literalPlus.length > 0
    ? finding('SLOT-04', 'fail', `start value ${literalPlus[0]} has a literal "+", which the provider decodes as a space; encode it as %2B`, literalPlus)
    : finding('SLOT-04', 'pass', 'start values are percent-encoded');
}

// SLOT-05 (MAY): informational only.
function judgeStatus(view: RequestView): Finding {
  const statuses = view.params.filter(([name]) => name === 'status').map(([, value]) => value);
  return finding('SLOT-05', 'pass', statuses.length === 0 ? 'no status parameter (MAY): any status may come back; only free slots are bookable (C-38)' : `status=${statuses.join('&status=')}`);
}

export function judgeSlotSearch(view: RequestView, ctx: ConsumerJudgeContext): Finding[] {
  const starts = rawQueryPairs(view.rawQuery).filter(([name]) => name === 'start');
  const findings = [judgeServiceParam(view, ctx), judgeUpperBound(view, starts.map(([, , value]) => value)), judgeStatus(view)];
  if (starts.length === 0) return findings;
  const times: TimeValue[] = starts.map(([, , value]) => ({ where: `start=${value}`, value: value.replace(/^[a-z]{2}/, ''), type: 'date-or-instant' }));
  return [...findings, judgeEncoding(starts.map(([, raw]) => raw)), ...judgeTimes(times)];
}

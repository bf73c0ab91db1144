// TIME-01 / TIME-02 on the times a consumer writes: search values and booking body elements. One
// finding per obligation per request, naming every offending value.
import { dateStartMs, dateTimeStartMs, instantMs } from '../booking/fhir-primitives.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';

/** `date-or-instant` is a date search value: a FHIR date (any precision) or a full instant. */
export type TimeType = 'instant' | 'dateTime' | 'date' | 'date-or-instant';

export interface TimeValue {
  /** Where the value sits, for the message: `Appointment.start`, `start=ge…`. */
  readonly where: string;
  readonly value: unknown;
  readonly type: TimeType;
}

const ZONE = /(Z|[+-]\d{2}:\d{2})$/;
const HAS_TIME = /T\d/;

function isValid(time: TimeValue): boolean {
  switch (time.type) {
    case 'instant': return instantMs(time.value) !== undefined;
    case 'dateTime': return dateTimeStartMs(time.value) !== undefined;
    case 'date': return dateStartMs(time.value) !== undefined;
    case 'date-or-instant': return dateStartMs(time.value) !== undefined || instantMs(time.value) !== undefined;
  }
}

const show = (time: TimeValue): string => `${time.where} ${JSON.stringify(time.value)}`;

export function judgeTimes(times: readonly TimeValue[]): Finding[] {
  if (times.length === 0) return [];
  // TIME-01: instants carry seconds and a zone; a dateTime with a time needs a zone too.
  const malformed = times.filter((time) => !isValid(time));
  const findings: Finding[] = [malformed.length === 0
    ? finding('TIME-01', 'pass', `${times.length} time value(s) well formed`)
    : finding('TIME-01', 'fail', `not in FHIR ${malformed[0].type === 'date-or-instant' ? 'date or instant' : malformed[0].type} form (YYYY-MM-DDThh:mm:ss[.sss] with Z or ±hh:mm): ${malformed.map(show).join('; ')}`, malformed.map((t) => t.value))];
  // TIME-02 (SHOULD): UTC before sending; only values that carry a time and a zone say anything.
  const zoned = times.filter((time) => typeof time.value === 'string' && HAS_TIME.test(time.value) && ZONE.test(time.value) && isValid(time));
  if (zoned.length === 0) return findings;
  const offset = zoned.filter((time) => !/(Z|[+-]00:00)$/.test(time.value as string));
  findings.push(offset.length === 0
    ? finding('TIME-02', 'pass', 'times are in UTC')
    : finding('TIME-02', 'warn', `convert times to UTC before sending: ${offset.map(show).join('; ')}`, offset.map((t) => t.value)));
  return findings;
}

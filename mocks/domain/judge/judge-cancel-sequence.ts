// The cancel workflow of one session, appointment by appointment (XTI-07). CAN-01: the last exchange
// about the appointment before the PUT is a successful read, and the PUT body is what was read with
// only status changed. CAN-02: If-Match names the latest ETag the provider served. CAN-13: a 409 is
// answered by re-reading and retrying (bounded); after a 412 a blind resend is wrong too.
import { findFirstDifference } from '../booking/find-first-difference.ts';
import { isRecord } from '../booking/fhir-primitives.ts';
import { parseIfMatch } from '../booking/parse-if-match.ts';
import { parseMediaType } from '../transport/parse-media-type.ts';
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';
import { FHIR_MEDIA_TYPES } from './judge-exchange.ts';
import type { JudgedRequest } from './judge-retries.ts';
import type { JudgedFinding } from './judged-finding.ts';

/** CAN-13: more retries than this after conflicts is not "bounded". */
export const MAX_CANCEL_RETRIES = 3;

const ok = (status: number): boolean => status >= 200 && status < 300;
const isPut = (r: JudgedRequest): boolean => r.view.interaction === 'appointment-update';
const isRead = (r: JudgedRequest): boolean => r.view.interaction === 'appointment-read';
const kind = (r: JudgedRequest): string => `#${r.view.seq} (${r.view.method} ${r.view.status})`;

/** A resend of the same PUT (same X-Request-ID) is the same attempt, not a new exchange about it. */
const isResendOf = (r: JudgedRequest, put: JudgedRequest): boolean =>
  isPut(r) && r.facts.xRequestId !== null && r.facts.xRequestId === put.facts.xRequestId;

function judgeReadBefore(put: JudgedRequest, before: readonly JudgedRequest[]): Finding {
  const last = before.findLast((r) => !isResendOf(r, put));
  const id = put.facts.appointmentId;
  if (last === undefined) return finding('CAN-01', 'fail', `no read of Appointment/${id} before the cancel #${put.view.seq}`);
  if (!isRead(last) || !ok(last.view.status)) {
    return finding('CAN-01', 'fail', `the cancel #${put.view.seq} was not immediately preceded by a successful read of Appointment/${id}; the last exchange about it was ${kind(last)}`);
  }
  const body = put.view.requestJson;
  const changed = findFirstDifference(last.view.responseJson, body, 'Appointment', ['meta', 'status']);
  if (changed !== undefined) return finding('CAN-01', 'fail', `the cancel body differs from the version read in #${last.view.seq} at ${changed}; only status may change`, changed);
  if (!isRecord(body) || body.status !== 'cancelled') return finding('CAN-01', 'fail', `the cancel body sets status ${JSON.stringify(isRecord(body) ? body.status : undefined)}; expected "cancelled"`);
  return finding('CAN-01', 'pass', `read in #${last.view.seq}, then sent back with only status cancelled`);
}

function judgeIfMatch(put: JudgedRequest, before: readonly JudgedRequest[]): Finding {
  const problems: string[] = [];
  const media = parseMediaType(put.view.headers.get('content-type') ?? '');
  if (media === undefined || !FHIR_MEDIA_TYPES.includes(media.essence)) problems.push(`Content-Type ${JSON.stringify(put.view.headers.get('content-type'))} is not a FHIR media type`);
  const ifMatch = put.view.headers.get('if-match');
  const served = before.findLast((r) => ok(r.view.status) && r.view.responseHeaders.get('etag') !== null);
  const latest = served?.view.responseHeaders.get('etag') ?? null;
  if (ifMatch === null) problems.push('no If-Match header: send W/"<versionId>" from the latest ETag');
  else if (parseIfMatch(ifMatch) === undefined) problems.push(`If-Match ${JSON.stringify(ifMatch)} does not name one version (W/"<versionId>")`);
  else if (latest !== null && parseIfMatch(ifMatch) !== parseIfMatch(latest)) problems.push(`If-Match ${ifMatch} is not the latest ETag ${latest} (served in #${served?.view.seq})`);
  return problems.length === 0
    ? finding('CAN-02', 'pass', `If-Match ${String(ifMatch)}${latest === null ? '' : ' is the latest ETag'}`)
    : finding('CAN-02', 'fail', problems.join('; '), { 'If-Match': ifMatch, latestEtag: latest });
}

function judgeConflictHandling(put: JudgedRequest, after: readonly JudgedRequest[], retries: number): Finding | undefined {
  const status = put.view.status;
  if (retries > MAX_CANCEL_RETRIES) return finding('CAN-13', 'fail', `the cancel was retried ${retries} times after conflicts; bound the retries (at most ${MAX_CANCEL_RETRIES})`);
  if (status !== 409 && status !== 412) return undefined;
  const next = after[0];
  if (next === undefined || (isRead(next) && !after.some(isPut))) {
    // Resending without the missing If-Match cannot succeed; CAN-02 judges the header itself.
    return status === 412
      ? finding('CAN-13', 'pass', `stopped after 412 on #${put.view.seq}`)
      : finding('CAN-13', 'fail', `gave up after the version conflict on #${put.view.seq} without ${next ? 'retrying' : 're-reading and retrying'}`);
  }
  return isRead(next)
    ? finding('CAN-13', 'pass', `re-read in #${next.view.seq} after ${status} on #${put.view.seq}, then retried`)
    : finding('CAN-13', 'fail', `${kind(next)} follows the ${status} on #${put.view.seq} without re-reading the appointment`);
}

export function judgeCancelSequence(requests: readonly JudgedRequest[], session: string): JudgedFinding[] {
  const about = (id: string) => requests.filter((r) => r.facts.appointmentId === id && (isRead(r) || isPut(r) || r.view.interaction === 'appointment-create'));
  const out: JudgedFinding[] = [];
  for (const put of requests.filter(isPut)) {
    const history = about(put.facts.appointmentId ?? '');
    const at = history.indexOf(put);
    const [before, after] = [history.slice(0, at), history.slice(at + 1)];
    const retries = before.filter((r) => isPut(r) && (r.view.status === 409 || r.view.status === 412)).length;
    const findings = [judgeReadBefore(put, before), judgeIfMatch(put, before), judgeConflictHandling(put, after, retries)];
    for (const f of findings) if (f) out.push({ ...f, seqs: [put.view.seq], session, interaction: 'appointment-update' });
  }
  return out;
}

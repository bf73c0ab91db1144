// The cancel workflow of one session, appointment by appointment (XTI-07). CAN-01: the last exchange
// about the appointment before the PUT is a successful read, and the PUT body is what was read with
// only status changed. CAN-02: If-Match names the latest ETag the consumer received. CAN-13: a 409 is
// answered by re-reading and retrying (bounded); after a 412 a blind resend is wrong too. Each PUT is
// judged against what its consumer had observed; a resend (same X-Request-ID) as its original was.
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

/**
 * What the consumer had observed of one appointment when it sent a request: the last exchange about
 * it and the last response that served it an ETag (only answers that reached the consumer count),
 * and how many cancel attempts had met a conflict.
 */
interface ObservedState {
  readonly last: JudgedRequest | undefined;
  readonly served: JudgedRequest | undefined;
  readonly conflicts: number;
}

function judgeReadBefore(put: JudgedRequest, { last }: ObservedState): Finding {
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

function judgeIfMatch(put: JudgedRequest, { served }: ObservedState): Finding {
  const problems: string[] = [];
  const media = parseMediaType(put.view.headers.get('content-type') ?? '');
  if (media === undefined || !FHIR_MEDIA_TYPES.includes(media.essence)) problems.push(`Content-Type ${JSON.stringify(put.view.headers.get('content-type'))} is not a FHIR media type`);
  const ifMatch = put.view.headers.get('if-match');
  const latest = served?.view.responseHeaders.get('etag') ?? null;
  if (ifMatch === null) problems.push('no If-Match header: send W/"<versionId>" from the latest ETag');
  else if (parseIfMatch(ifMatch) === undefined) problems.push(`If-Match ${JSON.stringify(ifMatch)} does not name one version (W/"<versionId>")`);
  else if (latest !== null && parseIfMatch(ifMatch) !== parseIfMatch(latest)) problems.push(`If-Match ${ifMatch} is not the latest ETag ${latest} the consumer received (in #${served?.view.seq})`);
  return problems.length === 0
    ? finding('CAN-02', 'pass', `If-Match ${String(ifMatch)}${latest === null ? '' : ' is the latest ETag'}`)
    : finding('CAN-02', 'fail', problems.join('; '), { 'If-Match': ifMatch, latestEtag: latest });
}

function judgeConflictHandling(put: JudgedRequest, next: JudgedRequest | undefined, putFollows: boolean, { conflicts }: ObservedState): Finding | undefined {
  const status = put.view.status;
  if (conflicts > MAX_CANCEL_RETRIES) return finding('CAN-13', 'fail', `the cancel was retried ${conflicts} times after conflicts; bound the retries (at most ${MAX_CANCEL_RETRIES})`);
  if (status !== 409 && status !== 412) return undefined;
  if (next === undefined || (isRead(next) && !putFollows)) {
    // Resending without the missing If-Match cannot succeed; CAN-02 judges the header itself.
    return status === 412
      ? finding('CAN-13', 'pass', `stopped after 412 on #${put.view.seq}`)
      : finding('CAN-13', 'fail', `gave up after the version conflict on #${put.view.seq} without ${next ? 'retrying' : 're-reading and retrying'}`);
  }
  return isRead(next)
    ? finding('CAN-13', 'pass', `re-read in #${next.view.seq} after ${status} on #${put.view.seq}, then retried`)
    : finding('CAN-13', 'fail', `${kind(next)} follows the ${status} on #${put.view.seq} without re-reading the appointment`);
}

/** The requests about one appointment, in order, with whether a PUT comes later. */
function judgeAppointment(history: readonly JudgedRequest[], reusedIds: ReadonlySet<JudgedRequest>, session: string): JudgedFinding[] {
  const out: JudgedFinding[] = [];
  const putFollows = history.map(() => false);
  for (let i = history.length - 2; i >= 0; i -= 1) putFollows[i] = putFollows[i + 1] || isPut(history[i + 1]);
  // A resend (same X-Request-ID) is judged against what the consumer had observed when it sent the original.
  const stateAtOriginal = new Map<string, ObservedState>();
  let state: ObservedState = { last: undefined, served: undefined, conflicts: 0 };
  history.forEach((request, i) => {
    const id = request.facts.xRequestId;
    if (isPut(request)) {
      const original = id === null ? undefined : stateAtOriginal.get(id);
      const judgedAgainst = original ?? state;
      if (id !== null && original === undefined) stateAtOriginal.set(id, state);
      // A 409 to a reused X-Request-ID answers the reuse (C-08), not a version conflict: XTI-02 judges it.
      const conflict = reusedIds.has(request) ? undefined : judgeConflictHandling(request, history[i + 1], putFollows[i], judgedAgainst);
      for (const f of [judgeReadBefore(request, judgedAgainst), judgeIfMatch(request, judgedAgainst), conflict]) {
        if (f) out.push({ ...f, seqs: [request.view.seq], session, interaction: 'appointment-update' });
      }
      if (original !== undefined) return;
    }
    const conflicted = isPut(request) && !reusedIds.has(request) && (request.view.status === 409 || request.view.status === 412);
    const servesEtag = ok(request.view.status) && request.view.responseHeaders.get('etag') !== null;
    state = { last: request, served: servesEtag ? request : state.served, conflicts: state.conflicts + (conflicted ? 1 : 0) };
  });
  return out;
}

/** The requests whose X-Request-ID an earlier request of the session already carried. */
function reusingRequestIds(requests: readonly JudgedRequest[]): Set<JudgedRequest> {
  const seen = new Set<string>();
  const reusing = new Set<JudgedRequest>();
  for (const request of requests) {
    const id = request.facts.xRequestId;
    if (id === null) continue;
    if (seen.has(id)) reusing.add(request);
    seen.add(id);
  }
  return reusing;
}

export function judgeCancelSequence(requests: readonly JudgedRequest[], session: string): JudgedFinding[] {
  const about = requests.filter((r) => r.facts.appointmentId !== undefined && (isRead(r) || isPut(r) || r.view.interaction === 'appointment-create'));
  const byAppointment = Map.groupBy(about, (r) => r.facts.appointmentId as string);
  const reused = reusingRequestIds(requests);
  const out = [...byAppointment.values()].filter((history) => history.some(isPut)).flatMap((history) => judgeAppointment(history, reused, session));
  return out.sort((a, b) => a.seqs[0] - b.seqs[0]);
}

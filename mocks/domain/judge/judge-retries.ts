// Resends within one consumer session. XTI-02: a POST/PUT resent while its outcome is unknown to the
// consumer (no answer reached it, or it came back 2xx/5xx, so the consumer can only have lost the
// response) carries the original X-Request-ID, and an X-Request-ID is never reused for another
// request of the session, whatever its method.
// A read (search, read) repeated after its answer was lost is a retry too.
// ERR-07 / SLOT-39 (SHOULD NOT): a request answered 4xx is not resent unchanged.
import { finding } from './finding.ts';
import type { Finding } from './finding.ts';
import type { JudgedFinding } from './judged-finding.ts';
import type { RequestFacts } from './read-request-facts.ts';
import type { RequestView } from './to-request-view.ts';

export interface JudgedRequest {
  readonly view: RequestView;
  readonly facts: RequestFacts;
}

const isOutcomeUnknown = (status: number): boolean => (status >= 200 && status < 300) || status >= 500 || status === 0;

/** What "unchanged" means for ERR-07: the same operation, body and token claims (a fresh iat/exp is no change). */
function signatureOf({ view, facts }: JudgedRequest): string {
  const { iat: _iat, exp: _exp, ...claims } = facts.claims ?? {};
  return JSON.stringify([view.method, view.path, view.params, view.requestJson ?? view.requestBody, claims,
    view.headers.get('if-match'), view.headers.get('content-type'), view.headers.get('ssp-to'), view.headers.get('ssp-interactionid')]);
}

function judgeResend(previous: JudgedRequest, resend: JudgedRequest): Finding | undefined {
  const [was, now] = [previous.facts.xRequestId, resend.facts.xRequestId];
  if (was === null && now === null) return undefined; // XTI-01 reports the missing header
  if (was === now) return finding('XTI-02', 'pass', `#${resend.view.seq} resends #${previous.view.seq} with the original X-Request-ID`);
  if (!isOutcomeUnknown(previous.view.status)) return undefined; // a resend after a 4xx is a new attempt (ERR-07)
  const answered = previous.view.status === 0 ? 'whose answer never reached the consumer' : `answered ${previous.view.status}`;
  return finding('XTI-02', 'fail', `#${resend.view.seq} resends the request of #${previous.view.seq} (${answered}) with a new X-Request-ID ${JSON.stringify(now)}; a retry must carry the original ${JSON.stringify(was)}`, { original: was, retry: now });
}

/** What makes two requests "the same request": a write's intent, else the operation and its query. */
function requestKeyOf({ view, facts }: JudgedRequest): string {
  return facts.intent ?? JSON.stringify([view.method, view.path, view.params]);
}

const describe = ({ view }: JudgedRequest): string => `${view.method} ${view.path ?? ''}`;

function judgeIntegrity(requests: readonly JudgedRequest[], session: string): JudgedFinding[] {
  const out: JudgedFinding[] = [];
  const lastByKey = new Map<string, JudgedRequest>();
  /** Per X-Request-ID, the first request of each distinct operation that carried it. */
  const byRequestId = new Map<string, Map<string, JudgedRequest>>();
  for (const request of requests) {
    const key = requestKeyOf(request);
    const previous = lastByKey.get(key);
    // A write repeated is a resend; a read repeated is one only when no answer reached the consumer.
    const isResend = previous !== undefined && (request.facts.intent !== undefined || previous.view.status === 0);
    const resend = isResend ? judgeResend(previous, request) : undefined;
    if (resend && previous) out.push({ ...resend, seqs: [previous.view.seq, request.view.seq], session, interaction: request.view.interaction });
    lastByKey.set(key, request);
    const id = request.facts.xRequestId;
    if (id === null) continue;
    // An X-Request-ID is never reused for another request of the session, GETs included.
    const seen = byRequestId.get(id) ?? new Map<string, JudgedRequest>();
    const reused = [...seen].find(([other]) => other !== key)?.[1];
    if (reused) {
      out.push({
        ...finding('XTI-02', 'fail', `#${request.view.seq} (${describe(request)}) reuses the X-Request-ID of #${reused.view.seq} (${describe(reused)}), a different request; an X-Request-ID identifies one request, and providers treat a reused one as a retry (C-08)`, id),
        seqs: [reused.view.seq, request.view.seq], session, interaction: request.view.interaction,
      });
    }
    if (!seen.has(key)) seen.set(key, request);
    byRequestId.set(id, seen);
  }
  return out;
}

const isRejected = (request: JudgedRequest): boolean => request.view.status >= 400 && request.view.status <= 499;

function judgeUnchangedResends(requests: readonly JudgedRequest[], session: string): JudgedFinding[] {
  // Only the signatures of rejected requests are kept: each one is a long string, and most requests are not rejected.
  const wanted = new Set(requests.filter(isRejected).map(signatureOf));
  // The next request with the same signature, found in one pass from the end.
  const nextSame = new Map<number, number | undefined>();
  const latest = new Map<string, number>();
  for (let i = requests.length - 1; i >= 0 && wanted.size > 0; i -= 1) {
    const signature = signatureOf(requests[i]);
    if (!wanted.has(signature)) continue;
    if (isRejected(requests[i])) nextSame.set(i, latest.get(signature));
    latest.set(signature, i);
  }
  return requests.flatMap((request, i) => {
    if (!isRejected(request)) return [];
    const obligation = request.view.interaction === 'slot-search' ? 'SLOT-39' : 'ERR-07';
    const at = nextSame.get(i);
    const again = at === undefined ? undefined : requests[at];
    const judged = again === undefined
      ? finding(obligation, 'pass', `#${request.view.seq} (${request.view.status}) was not resent unchanged`)
      : finding(obligation, 'warn', `#${again.view.seq} resends #${request.view.seq} unchanged although it was answered ${request.view.status}; fix the cause before retrying a 4xx`, request.view.status);
    return [{ ...judged, seqs: again ? [request.view.seq, again.view.seq] : [request.view.seq], session, interaction: request.view.interaction }];
  });
}

export function judgeRetries(requests: readonly JudgedRequest[], session: string): JudgedFinding[] {
  return [...judgeIntegrity(requests, session), ...judgeUnchangedResends(requests, session)];
}

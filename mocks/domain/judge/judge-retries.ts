// Resends within one consumer session. XTI-02: a POST/PUT resent while its outcome is unknown (the
// earlier attempt succeeded or failed with 5xx, so the consumer can only have lost the response)
// carries the original X-Request-ID, and an X-Request-ID is never reused for another request.
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
  return finding('XTI-02', 'fail', `#${resend.view.seq} resends the request of #${previous.view.seq} (answered ${previous.view.status}) with a new X-Request-ID ${JSON.stringify(now)}; a retry must carry the original ${JSON.stringify(was)}`, { original: was, retry: now });
}

function judgeIntegrity(requests: readonly JudgedRequest[], session: string): JudgedFinding[] {
  const out: JudgedFinding[] = [];
  const writes = requests.filter((r) => r.facts.intent !== undefined);
  writes.forEach((request, i) => {
    const earlier = writes.slice(0, i);
    const previous = earlier.findLast((e) => e.facts.intent === request.facts.intent);
    const resend = previous === undefined ? undefined : judgeResend(previous, request);
    if (resend && previous) out.push({ ...resend, seqs: [previous.view.seq, request.view.seq], session, interaction: request.view.interaction });
    const reused = request.facts.xRequestId === null ? undefined
      : earlier.find((e) => e.facts.xRequestId === request.facts.xRequestId && e.facts.intent !== request.facts.intent);
    if (reused) {
      out.push({
        ...finding('XTI-02', 'fail', `#${request.view.seq} reuses the X-Request-ID of #${reused.view.seq}, a different request; providers treat it as a retry (C-08)`, request.facts.xRequestId),
        seqs: [reused.view.seq, request.view.seq], session, interaction: request.view.interaction,
      });
    }
  });
  return out;
}

function judgeUnchangedResends(requests: readonly JudgedRequest[], session: string): JudgedFinding[] {
  const signatures = requests.map(signatureOf);
  return requests.flatMap((request, i) => {
    if (request.view.status < 400 || request.view.status > 499) return [];
    const obligation = request.view.interaction === 'slot-search' ? 'SLOT-39' : 'ERR-07';
    const at = signatures.indexOf(signatures[i], i + 1);
    const again = at < 0 ? undefined : requests[at];
    const judged = again === undefined
      ? finding(obligation, 'pass', `#${request.view.seq} (${request.view.status}) was not resent unchanged`)
      : finding(obligation, 'warn', `#${again.view.seq} resends #${request.view.seq} unchanged although it was answered ${request.view.status}; fix the cause before retrying a 4xx`, request.view.status);
    return [{ ...judged, seqs: again ? [request.view.seq, again.view.seq] : [request.view.seq], session, interaction: request.view.interaction }];
  });
}

export function judgeRetries(requests: readonly JudgedRequest[], session: string): JudgedFinding[] {
  return [...judgeIntegrity(requests, session), ...judgeUnchangedResends(requests, session)];
}

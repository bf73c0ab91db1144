// The verdict on a consumer from a recording alone (same recording and context → same judgement).
// Sessions are selected by the `Ssp-From` ASID: each consumer system is one session, and requests
// without Ssp-From form the "unidentified" session. Each request is judged on its own, then each
// session's sequence (retries, read-before-cancel, served slots), then the whole recording (trace
// ids shared between patients, a fixed practitioner).
import type { ExchangeRecord } from './exchange-record.ts';
import type { Interaction } from '../../../spec/interactions.ts';
import { CONSUMER_OBLIGATIONS } from './consumer-obligations.ts';
import { identityGaps } from './identity-gaps.ts';
import type { ConsumerObligation } from './consumer-obligations.ts';
import { NOT_TESTABLE_HERE } from './not-testable-here.ts';
import type { NotTestableHere } from './not-testable-here.ts';
import { judgeBookedSlots } from './judge-booked-slots.ts';
import { judgeCancelSequence } from './judge-cancel-sequence.ts';
import type { ConsumerJudgeContext } from './judge-context.ts';
import { judgeExchange, sspFromOf } from './judge-exchange.ts';
import { judgeRecordingWide } from './judge-recording-wide.ts';
import type { SessionRequest } from './judge-recording-wide.ts';
import { judgeRetries } from './judge-retries.ts';
import { judgeSessionOrder } from './judge-session-order.ts';
import type { JudgedFinding } from './judged-finding.ts';
import { PassTally } from './pass-tally.ts';
import type { PassCount } from './pass-tally.ts';
import { readRequestFacts } from './read-request-facts.ts';
import type { RequestFacts } from './read-request-facts.ts';
import { summariseObligation } from './summarise-obligation.ts';
import type { ObligationSummary } from './summarise-obligation.ts';
import { slimRequestView, toRequestView } from './to-request-view.ts';
import type { RequestView } from './to-request-view.ts';

export const UNIDENTIFIED_SESSION = 'unidentified';

export interface SessionSummary {
  readonly id: string;
  readonly asid: string | null;
  readonly requests: number;
  readonly firstSeq: number;
  readonly lastSeq: number;
  /** ODS codes named by the tokens of the session. */
  readonly odsCodes: readonly string[];
}

export interface IgnoredExchange {
  readonly seq: number;
  readonly method: string;
  readonly url: string;
  readonly reason: string;
}

export interface RecordingJudgement {
  /** The JSON-safe part of the context the verdict was computed with. */
  readonly provider: Omit<ConsumerJudgeContext, 'validateStructure'> & { readonly structuralValidation: boolean };
  readonly exchanges: number;
  readonly requestCounts: Readonly<Partial<Record<Interaction, number>>>;
  readonly sessions: readonly SessionSummary[];
  /** Every deviation, and the passing findings of the rules across requests, in recording order. */
  readonly findings: readonly JudgedFinding[];
  /** The passing checks each request earned on its own, as counts (see PassTally). */
  readonly passes: readonly PassCount[];
  readonly obligations: readonly ObligationSummary[];
  readonly notTestable: readonly NotTestableHere[];
  readonly ignored: readonly IgnoredExchange[];
}

function ignoredReason(view: RequestView): string | undefined {
  switch (view.route.kind) {
    case 'admin': return 'the mock\'s admin surface, not the Booking API';
    case 'outside': return view.route.reason;
    default: return view.interaction === undefined
      ? (view.path === undefined ? 'the embedded provider URL is not the provider service root (SSP-01)' : `${view.method} ${view.path} is not an interaction of the Booking API`)
      : undefined;
  }
}

function summariseSession(id: string, requests: readonly SessionRequest[]): SessionSummary {
  const odsCodes = new Set<string>();
  for (const { facts } of requests) {
    const org = facts.claims?.requesting_organization as { identifier?: { value?: unknown }[] } | undefined;
    const ods = Array.isArray(org?.identifier) ? org.identifier[0]?.value : undefined;
    if (typeof ods === 'string') odsCodes.add(ods);
  }
  // A loop, not Math.min(...seqs): a spread of 150,000 arguments overflows the stack (see append).
  let [firstSeq, lastSeq] = [Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY];
  for (const { view } of requests) [firstSeq, lastSeq] = [Math.min(firstSeq, view.seq), Math.max(lastSeq, view.seq)];
  return { id, asid: id === UNIDENTIFIED_SESSION ? null : id.slice('ASID '.length), requests: requests.length, firstSeq, lastSeq, odsCodes: [...odsCodes].sort() };
}

/** `push(...more)` passes every element as an argument, which overflows the stack on long recordings. */
function append<T>(to: T[], more: readonly T[]): void {
  for (const item of more) to.push(item);
}

/** Each obligation's findings (its own and its components'), in recording order, indexed in one pass. */
function findingsByObligation(ordered: readonly JudgedFinding[]): (row: ConsumerObligation) => JudgedFinding[] {
  const positions = Map.groupBy(ordered.keys(), (i) => ordered[i].obligation as string);
  return (row) => {
    const ids = new Set([row.id, ...(row.components ?? []).map((c) => c.obligation)]);
    const at = [...ids].flatMap((id) => positions.get(id) ?? []);
    return (ids.size > 1 ? at.sort((a, b) => a - b) : at).map((i) => ordered[i]);
  };
}

const bySeq = <T>(seqOf: (item: T) => number) => (a: T, b: T): number => seqOf(a) - seqOf(b);

/**
 * One pass over the exchanges (an array, or a file read entry by entry): each is judged on its own as
 * it comes and then kept only as what the cross-request rules read (see slimRequestView), so a long
 * recording is never held whole. The judgement does not depend on the order the exchanges come in.
 */
export function judgeRecording(exchanges: Iterable<ExchangeRecord>, ctx: ConsumerJudgeContext): RecordingJudgement {
  const ignored: IgnoredExchange[] = [];
  const requests: SessionRequest[] = [];
  /** Each request's own deviations; its passes go to the tally. */
  const own: JudgedFinding[] = [];
  const passes = new PassTally();
  /** Equal token claims (one identity's requests) are kept once. */
  const claimsByText = new Map<string, RequestFacts['claims']>();
  const shareClaims = (facts: RequestFacts): RequestFacts => {
    if (facts.claims === undefined) return facts;
    const text = JSON.stringify(facts.claims);
    const known = claimsByText.get(text);
    if (known !== undefined) return { ...facts, claims: known };
    claimsByText.set(text, facts.claims);
    return facts;
  };
  let count = 0;
  for (const exchange of exchanges) {
    count += 1;
    const view = toRequestView(exchange, ctx.baseUrl);
    const reason = ignoredReason(view);
    if (reason !== undefined) ignored.push({ seq: view.seq, method: view.method, url: exchange.url, reason });
    if (view.route.kind !== 'direct' && view.route.kind !== 'ssp') continue;
    const asid = sspFromOf(view);
    const session = asid === null ? UNIDENTIFIED_SESSION : `ASID ${asid}`;
    for (const f of judgeExchange(view, ctx, session)) if (f.outcome === 'pass') passes.add(f); else own.push(f);
    requests.push({ view: slimRequestView(view, exchange), facts: shareClaims(readRequestFacts(view)), session });
  }
  requests.sort(bySeq((r) => r.view.seq));
  ignored.sort(bySeq((i) => i.seq));
  own.sort(bySeq((f) => f.seqs[0] ?? 0));
  const sessions = Map.groupBy(requests, (r) => r.session);
  const across: JudgedFinding[] = [];
  for (const [session, members] of sessions) {
    const api = members.filter((r) => r.view.interaction !== undefined);
    for (const judged of [judgeRetries(api, session), judgeCancelSequence(api, session), judgeBookedSlots(api, session), judgeSessionOrder(api, session)]) append(across, judged);
  }
  append(across, judgeRecordingWide(requests.filter((r) => r.view.interaction !== undefined)));
  // A request's own findings come before the cross-request findings that start at it.
  const findings = own;
  append(findings, across);
  const ordered = findings.map((f, i) => ({ f, i })).sort((a, b) => (a.f.seqs[0] ?? 0) - (b.f.seqs[0] ?? 0) || a.i - b.i).map(({ f }) => f);
  const requestCounts: Partial<Record<Interaction, number>> = {};
  for (const { view } of requests) if (view.interaction) requestCounts[view.interaction] = (requestCounts[view.interaction] ?? 0) + 1;
  const relevant = findingsByObligation(ordered);
  const tallied = passes.counts();
  const { validateStructure, ...provider } = ctx;
  return {
    provider: { ...provider, structuralValidation: validateStructure !== undefined },
    exchanges: count,
    requestCounts,
    sessions: [...sessions].map(([id, members]) => summariseSession(id, members)),
    findings: ordered,
    passes: tallied,
    obligations: CONSUMER_OBLIGATIONS.map((row) => summariseObligation(relevant(row), row, requestCounts, {}, tallied)),
    notTestable: [...NOT_TESTABLE_HERE, ...identityGaps(ctx)],
    ignored,
  };
}

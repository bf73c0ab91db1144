// The verdict on one consumer obligation from the recording's findings, optionally on the requests
// of one interaction: fail if any finding fails (a SHOULD or MAY obligation only warns), warn if any
// warns, pass otherwise, and "not exercised" (never pass) when no finding speaks to it.
import type { Interaction } from '../../../spec/interactions.ts';
import type { ConsumerObligation, ObligationLevel } from './consumer-obligations.ts';
import type { JudgedFinding } from './judged-finding.ts';
import type { PassCount } from './pass-tally.ts';

export type ObligationVerdict = 'pass' | 'fail' | 'warn' | 'not-exercised';

export interface ObligationSummary {
  readonly id: string;
  readonly level: ObligationLevel;
  readonly title: string;
  readonly verdict: ObligationVerdict;
  /** Why it was not exercised; absent when it was. */
  readonly reason?: string;
  readonly passed: number;
  /** The failing and warning findings, in recording order. */
  readonly deviations: readonly JudgedFinding[];
}

export const INTERACTION_LABELS: Readonly<Record<Interaction, string>> = {
  'metadata': 'metadata request',
  'slot-search': 'slot search',
  'appointment-create': 'booking request',
  'appointment-read': 'appointment read',
  'appointment-update': 'cancel (PUT Appointment)',
  'appointment-search': 'appointment search',
};

export interface SummaryScope {
  readonly interaction?: Interaction;
  /** Judge only the obligation's own findings, not its components (a scenario asserts one fact). */
  readonly ownOnly?: boolean;
}

/**
 * `requestCounts`: how many judged requests each interaction has, so the reason can say which is missing.
 * `passes`: the passing checks kept as counts (see PassTally), which count as passing findings.
 */
export function summariseObligation(
  findings: readonly JudgedFinding[],
  row: ConsumerObligation,
  requestCounts: Readonly<Partial<Record<Interaction, number>>>,
  scope: SummaryScope = {},
  passes: readonly PassCount[] = [],
): ObligationSummary {
  const parts = [{ obligation: row.id, interaction: undefined as Interaction | undefined }, ...(scope.ownOnly ? [] : row.components ?? [])];
  const counts = (f: Pick<JudgedFinding, 'obligation' | 'interaction'>): boolean => parts.some((part) =>
    f.obligation === part.obligation
    && (part.interaction === undefined || f.interaction === part.interaction)
    && (scope.interaction === undefined || f.interaction === scope.interaction));
  const relevant = findings.filter(counts);
  const tallied = passes.filter(counts).reduce((sum, p) => sum + p.seqs.length, 0);
  const base = { id: row.id, level: row.level, title: row.title };
  if (relevant.length === 0 && tallied === 0) {
    const interaction = scope.interaction;
    const reason = interaction !== undefined && (requestCounts[interaction] ?? 0) === 0
      ? `not exercised: the recording has no ${INTERACTION_LABELS[interaction]}`
      : `not exercised: the recording has no ${row.exercisedBy}${interaction === undefined ? '' : ` among its ${INTERACTION_LABELS[interaction]}s`}`;
    return { ...base, verdict: 'not-exercised', reason, passed: 0, deviations: [] };
  }
  const deviations = relevant.filter((f) => f.outcome !== 'pass');
  const failed = deviations.some((f) => f.outcome === 'fail');
  const verdict: ObligationVerdict = failed ? (row.level === 'MUST' ? 'fail' : 'warn') : deviations.length > 0 ? 'warn' : 'pass';
  return { ...base, verdict, passed: relevant.length - deviations.length + tallied, deviations };
}

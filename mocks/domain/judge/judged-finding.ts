// A finding placed in the recording: which exchanges (by seq) show it, in which consumer session,
// and on which interaction, so a report can say "your cancel requests lack X-Request-ID (#7, #9)".
import type { Interaction } from '../../../spec/interactions.ts';
import type { Finding } from './finding.ts';

export interface JudgedFinding extends Finding {
  /** The recorded exchanges the finding rests on, in recording order. */
  readonly seqs: readonly number[];
  /** The consumer session (see groupSessions). */
  readonly session: string;
  readonly interaction?: Interaction;
}

export interface FindingPlace {
  readonly seqs: readonly number[];
  readonly session: string;
  readonly interaction?: Interaction;
}

export function placeFindings(findings: readonly Finding[], place: FindingPlace): JudgedFinding[] {
  return findings.map((f) => ({
    ...f,
    seqs: place.seqs,
    session: place.session,
    ...(place.interaction === undefined ? {} : { interaction: place.interaction }),
  }));
}

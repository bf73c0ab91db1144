// The one way a verdict is shown: a coloured pill whose text says the verdict, so colour is never
// the only carrier of meaning.
import type { ObligationVerdict } from './report-model.ts';

export const VERDICT_LABELS: Readonly<Record<ObligationVerdict, string>> = {
  fail: 'Fail',
  inconclusive: 'Inconclusive',
  skipped: 'Skipped',
  'not-run': 'Not run',
  pass: 'Pass',
  untested: 'No scenario',
};

export function renderVerdictBadge(verdict: ObligationVerdict): string {
  return `<span class="badge v-${verdict}">${VERDICT_LABELS[verdict]}</span>`;
}

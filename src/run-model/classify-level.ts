// The catalogue writes levels as prose (`MUST [contested]`, `SHOULD (PAT: must)`, `MUST / SHOULD`,
// `SHOULD NOT / MAY`, `—`). A summary counts by the first keyword: a prohibition is as binding as
// the matching requirement, and a split level counts as its strongest reading.
import type { LevelClass } from '../assurance-report/report-model.ts';

export function classifyLevel(level: string): LevelClass {
  const first = /\b(MUST|SHALL|REQUIRED|SHOULD|MAY|COULD)\b/i.exec(level)?.[1]?.toUpperCase();
  if (first === 'MUST' || first === 'SHALL' || first === 'REQUIRED') return 'MUST';
  if (first === 'SHOULD') return 'SHOULD';
  return 'MAY';
}

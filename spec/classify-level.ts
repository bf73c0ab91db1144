// The one level parser. The catalogue writes levels as prose (`MUST [contested]`, `SHOULD (PAT: must)`,
// `MUST / SHOULD`, `SHOULD NOT / MAY`, `—`); a summary counts by the first keyword: a prohibition is
// as binding as the matching requirement, and a split level counts as its strongest reading. A
// scenario counts under its `@must` / `@should` / `@may` tag, else the strongest level of the
// obligations it is tagged with.

/** The level an obligation or scenario counts under: MUST (incl. MUST NOT), SHOULD (incl. SHOULD NOT), MAY (and the rest). */
export type LevelClass = 'MUST' | 'SHOULD' | 'MAY';
export const LEVEL_CLASSES: readonly LevelClass[] = ['MUST', 'SHOULD', 'MAY'];

const LEVEL_TAGS: Readonly<Record<string, LevelClass>> = { '@must': 'MUST', '@should': 'SHOULD', '@may': 'MAY' };
/** `@SLOT-07` → `SLOT-07`: the one pattern of an obligation tag. */
const OBLIGATION_TAG = /^@([A-Z]+-\d+)$/;

export function classifyLevel(level: string): LevelClass {
  const first = /\b(MUST|SHALL|REQUIRED|SHOULD|MAY|COULD)\b/i.exec(level)?.[1]?.toUpperCase();
  if (first === 'MUST' || first === 'SHALL' || first === 'REQUIRED') return 'MUST';
  if (first === 'SHOULD') return 'SHOULD';
  return 'MAY';
}

/** The obligation ids a scenario's tags name, each once, in tag order. */
export function obligationIdsOf(tags: readonly string[]): string[] {
  return [...new Set(tags.flatMap((tag) => OBLIGATION_TAG.exec(tag)?.[1] ?? []))];
}

export function levelOfScenario(tags: readonly string[], levelOf: (obligationId: string) => LevelClass | undefined): LevelClass {
  const tagged = tags.map((tag) => LEVEL_TAGS[tag.toLowerCase()]).filter((level) => level !== undefined);
  const known = tagged.length > 0 ? tagged : obligationIdsOf(tags).map(levelOf).filter((level) => level !== undefined);
  return LEVEL_CLASSES.find((level) => known.includes(level)) ?? 'MAY';
}

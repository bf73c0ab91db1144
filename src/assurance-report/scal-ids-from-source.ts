// The SCAL ids an obligation maps to, read from the catalogue's Source column: `PAT P11–P13, P19`
// cites provider assurance scripts P11, P12, P13 and P19; `CAT C28, C29` consumer scripts.

const ITEM = String.raw`[PC]?\d+(?:\s*[–-]\s*[PC]?\d+)?`;
const CITATION = new RegExp(String.raw`\b(PAT|CAT)\s+([PC]\d+(?:\s*[–-]\s*[PC]?\d+)?(?:\s*,\s*${ITEM})*)`, 'g');

function expand(letter: string, part: string): string[] {
  const [from, to] = part.split(/[–-]/).map((n) => Number(n.replace(/^[PC]/, '').trim()));
  // A reversed or absurd range is a typo in the source: keep its first id rather than invent many.
  if (to === undefined || to < from || to - from > 50) return [`${letter}${from}`];
  return Array.from({ length: to - from + 1 }, (_, i) => `${letter}${from + i}`);
}

export function scalIdsFromSource(source: string): string[] {
  const ids: string[] = [];
  for (const match of source.matchAll(CITATION)) {
    const letter = match[1] === 'PAT' ? 'P' : 'C';
    for (const part of match[2].split(',')) ids.push(...expand(letter, part.trim()));
  }
  return [...new Set(ids)];
}

// Evidence as readable text with a size cap: the HTML shows the beginning of a large body and says
// how much more there is; the evidence pack (HAR) and the cucumber messages keep it whole.

export interface EvidenceText {
  readonly text: string;
  /** Characters not shown (0 when the whole value is shown). */
  readonly omitted: number;
}

export function formatEvidenceText(value: unknown, maxChars: number): EvidenceText {
  const full = typeof value === 'string' ? value : (JSON.stringify(value, null, 2) ?? String(value));
  return full.length > maxChars ? { text: full.slice(0, maxChars), omitted: full.length - maxChars } : { text: full, omitted: 0 };
}

/** `3 ms`, `1.25 s`, `2 min 5 s`: a reader compares orders of magnitude, not digits. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(2)} s`;
  return `${Math.floor(ms / 60_000)} min ${Math.round((ms % 60_000) / 1000)} s`;
}

/** `2026-03-16T08:00:01.234Z` → `2026-03-16 08:00:01 UTC`; anything unparsable is shown as given. */
export function formatInstant(iso: string | undefined): string {
  if (!iso) return '—';
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? iso : `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')} UTC`;
}

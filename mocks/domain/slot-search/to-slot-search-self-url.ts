// C-11: the Bundle self link lists only the parameters actually applied, each name and value
// percent-encoded per RFC 3986 (so an offset `+` is written %2B, as SLOT-04 asks of consumers).
import type { QueryParam } from './slot-query.ts';

export function toSlotSearchSelfUrl(baseUrl: string, applied: readonly QueryParam[]): string {
  const base = `${baseUrl.replace(/\/$/, '')}/Slot`;
  if (applied.length === 0) return base;
  return `${base}?${applied.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&')}`;
}

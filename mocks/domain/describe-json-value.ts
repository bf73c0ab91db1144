// Names a JSON value for a diagnostic without ever calling its own conversions: a body may send an
// object where a string belongs (`{"toString":1}`), and `String(value)` or a template literal would
// then throw instead of answering 4xx.
const MAX_SHOWN = 80;

export function describeJsonValue(value: unknown): string {
  if (typeof value === 'string') return value.length > MAX_SHOWN ? `${value.slice(0, MAX_SHOWN)}…` : value;
  if (value === undefined) return 'undefined';
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return JSON.stringify(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return typeof value === 'object' ? 'an object' : typeof value;
}

// The caller redacts the target (redactTarget) before it reaches the report; this second line of
// defence masks any value under a secret-sounding key that slipped through, because a report is
// attached to submissions and mailed around.
const SECRET_KEY = /(pass(word|phrase)|secret|api[-_]?key|^token$|private[-_]?key|client[-_]?secret)$/i;
const REDACTED = '[redacted]';

export function maskSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(maskSecrets);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, SECRET_KEY.test(key) && inner !== undefined && inner !== null ? REDACTED : maskSecrets(inner)]),
  );
}

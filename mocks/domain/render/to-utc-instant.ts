// TIME-01 / TIME-02 / TIME-04: every time the mock sends is a FHIR instant in UTC with an explicit
// `+00:00` zone, rendered from the stored epoch milliseconds (the value compared by every rule).
export function toUtcInstant(ms: number): string {
  return new Date(ms).toISOString().replace(/Z$/, '+00:00');
}

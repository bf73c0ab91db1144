// True when a response body is a FHIR OperationOutcome whose first issue is an error: the shape
// every refusal of the mock must have (ERR-01).
export function isErrorOutcome(text: string): boolean {
  try {
    const body = JSON.parse(text) as { resourceType?: string; issue?: { severity?: string }[] };
    return body.resourceType === 'OperationOutcome' && body.issue?.[0]?.severity === 'error';
  } catch {
    return false;
  }
}

// SSP-06: the CapabilityStatement is the same whether it was asked for directly or through the SSP
// (the SSP strips its prefix; the provider must not depend on it).
import type { Exchange } from '../client/exchange.ts';
import { fail } from '../verdict/fail.ts';
import { readResource } from '../fhir/read-fhir-json.ts';

export function expectSameCapabilityStatement(first: Exchange, second: Exchange): void {
  const a = JSON.stringify(readResource(first, 'CapabilityStatement', ['SSP-06']));
  const b = JSON.stringify(readResource(second, 'CapabilityStatement', ['SSP-06']));
  if (a !== b) {
    fail(second, { code: 'ROUTES_DIFFER', obligations: ['SSP-06'], reason: `the CapabilityStatement differs from the one of exchange ${first.id}`, expected: `${a.slice(0, 200)}…`, actual: `${b.slice(0, 200)}…` });
  }
}

// Reads the target's CapabilityStatement as setup data (declared formats and includes decide which
// checks apply). A statement that cannot be read makes those scenarios inconclusive here; CAP-01
// itself is judged by the capability scenarios.
import { isResource, type FhirResource } from '../fhir/read-fhir-json.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import type { DriverContext } from './driver-context.ts';

export async function readCapabilityStatement(ctx: DriverContext): Promise<FhirResource> {
  const exchange = await ctx.client.send({ interaction: 'metadata', method: 'GET', path: '/metadata', purpose: 'setup', label: 'read the CapabilityStatement', consumer: ctx.consumer });
  let body: unknown;
  try {
    body = JSON.parse(exchange.response.bodyText);
  } catch {
    body = undefined;
  }
  if (exchange.response.status !== 200 || !isResource(body) || body.resourceType !== 'CapabilityStatement') {
    throw new InconclusiveError('INCONCLUSIVE_PRECONDITION', `the CapabilityStatement could not be read (status ${exchange.response.status})`, { exchangeId: exchange.id });
  }
  return body;
}

// HTTP-01 (SHOULD) / BOOK-01: the interactions sent in FHIR XML, where the target's
// CapabilityStatement declares it: Accept asks for XML, and a JSON body is converted to FHIR XML
// by the same codec the mock uses (never written by hand). Elsewhere the scenarios are skipped.
import { toFhirXml } from '../../mocks/domain/transport/fhir-xml.ts';
import type { FhirResource } from '../fhir/read-fhir-json.ts';
import { declaredFormats, expectedMediaType } from '../fhir/declared-formats.ts';
import type { RequestSpec } from '../client/target-client.ts';
import { ScenarioSkipped } from '../verdict/scenario-skipped.ts';

export const FHIR_XML_UTF8 = 'application/fhir+xml;charset=utf-8';

type XmlAble = Pick<RequestSpec, 'label'> & Partial<Pick<RequestSpec, 'headers' | 'body'>>;
type SlotSearchRequest = Pick<RequestSpec, 'interaction' | 'method' | 'path' | 'label'>;

/** A slot search (the path carries its query) asking for FHIR XML. */
export function slotSearchInXml(path: string, label: string): SlotSearchRequest {
  return inFhirXml<SlotSearchRequest>({ interaction: 'slot-search', method: 'GET', path, label });
}

/** The request asking for an XML answer and, if it has a JSON body, sending that body as FHIR XML. */
export function inFhirXml<T extends XmlAble>(request: T): T {
  const changed = typeof request.body === 'string'
    ? { body: toFhirXml(JSON.parse(request.body)), headers: { ...request.headers, 'Content-Type': FHIR_XML_UTF8, Accept: FHIR_XML_UTF8 } }
    : { headers: { ...request.headers, Accept: FHIR_XML_UTF8 } };
  return { ...request, ...changed };
}

export function requireXmlDeclared(statement: FhirResource): void {
  if (!declaredFormats(statement).some((format) => expectedMediaType(format) === 'application/fhir+xml')) {
    throw new ScenarioSkipped('SKIPPED_NOT_DECLARED', 'the CapabilityStatement does not declare FHIR XML among its formats');
  }
}

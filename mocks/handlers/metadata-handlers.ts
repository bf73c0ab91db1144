// GET [base]/metadata (CAP-01, CAP-02: always answerable, whatever the data).
import { http } from 'msw';
import { buildCapabilityStatement } from '../domain/capability/build-capability-statement.ts';
import type { MockProviderState } from '../store/mock-provider-state.ts';
import { handleFhirRequest } from './handle-fhir-request.ts';

export const MOCK_SOFTWARE_VERSION = '0.1.0';

export function metadataHandlers(state: MockProviderState) {
  return [
    http.get(`${state.baseUrl}/metadata`, ({ request }) =>
      handleFhirRequest(state, request, 'metadata', (call) => ({
        status: 200,
        body: buildCapabilityStatement({ softwareVersion: MOCK_SOFTWARE_VERSION, date: new Date(call.nowMs).toISOString().slice(0, 10), serveXml: call.config.serveXml }),
      }))),
  ];
}

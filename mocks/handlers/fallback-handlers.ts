// Wrong verbs on known paths (SLOT-38, HTTP-15: 405) and unknown paths under the base (404),
// each with an OperationOutcome. Registered last, so the real interactions win.
import { http } from 'msw';
import type { MockProviderState } from '../store/mock-provider-state.ts';
import { problemResponse } from './handle-fhir-request.ts';

export function fallbackHandlers(state: MockProviderState) {
  const base = state.baseUrl;
  const notAllowed = ({ request }: { request: Request }) =>
    problemResponse(state, request, { code: 'METHOD_NOT_ALLOWED', diagnostics: `${request.method} is not supported on ${new URL(request.url).pathname}` });
  return [
    http.all(`${base}/metadata`, notAllowed),
    http.all(`${base}/Slot`, notAllowed),
    http.all(`${base}/Appointment`, notAllowed),
    http.all(`${base}/Appointment/:id`, notAllowed),
    http.all(`${base}/Appointment/:id/_history/:vid`, notAllowed),
    http.all(`${base}/*`, ({ request }) =>
      problemResponse(state, request, { code: 'NOT_FOUND', diagnostics: `No resource or interaction at ${new URL(request.url).pathname}` })),
  ];
}

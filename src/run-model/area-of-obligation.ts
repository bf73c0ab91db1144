// Areas are the catalogue's sections, keyed by the obligation id prefix (SLOT-07 → SLOT) so that
// scenarios and obligations share one filter key whatever a feature file calls itself.

/** Section titles of the obligations catalogue, by id prefix. */
export const AREA_LABELS: Readonly<Record<string, string>> = {
  CAP: 'Capability statement',
  SLOT: 'Slot search',
  JWT: 'JWT and authorisation',
  SSP: 'SSP headers and routing',
  BOOK: 'Book appointment',
  XTI: 'Transactional integrity',
  READ: 'Get appointment',
  CAN: 'Cancel appointment',
  REG: 'Patient appointments (registry)',
  HTTP: 'Content negotiation and HTTP',
  TIME: 'Times',
  ERR: 'Error handling',
  PROF: 'FHIR profiles',
  NFR: 'Non-functional and assurance',
  DISC: 'Discovery',
};

/** `SLOT-07` → `SLOT`; an id without a prefix is its own area. */
export function areaOfObligation(id: string): string {
  const dash = id.indexOf('-');
  return dash > 0 ? id.slice(0, dash) : id;
}

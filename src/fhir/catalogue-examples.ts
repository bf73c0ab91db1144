// The reference payloads of the obligations catalogue (section 4), copied verbatim into
// `examples/`. Each call returns a fresh copy, so a test can mutate it into an invalid variant.
// The 4.1 Bundle is the catalogue's corrected sample, not NBA's published one (C-28).

import { readFileSync } from 'node:fs';

export type CatalogueExample = 'searchset-bundle' | 'booking-request' | 'slot-taken-outcome' | 'capability-statement';

/** 4.1 searchset Bundle, 4.2 booking request, 4.3 slot-taken OperationOutcome, 4.4 CapabilityStatement. */
export function loadCatalogueExample(name: CatalogueExample): Record<string, any> {
  return JSON.parse(readFileSync(new URL(`./examples/${name}.json`, import.meta.url), 'utf8')) as Record<string, any>;
}

// The obligations of the catalogue, as generated once into obligations-index.json (see
// build-obligations-index.ts). Read-only data.
import index from './obligations-index.json' with { type: 'json' };
import type { ObligationRow } from './parse-obligations-catalogue.ts';

export const OBLIGATIONS: readonly ObligationRow[] = index.obligations;

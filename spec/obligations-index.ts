// The obligations of the catalogue, as generated once into obligations-index.json (see
// build-obligations-index.ts), followed by the ones this project added. Read-only data.
import index from './obligations-index.json' with { type: 'json' };
import type { ObligationRow } from './parse-obligations-catalogue.ts';
import { PROJECT_OBLIGATIONS } from './project-obligations.ts';

export const OBLIGATIONS: readonly ObligationRow[] = [...index.obligations, ...PROJECT_OBLIGATIONS];

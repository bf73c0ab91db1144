// Obligations this project added to the catalogue's list, with new ids (the catalogue asks that a
// missing obligation be added under a new id rather than bent into an existing one).
import type { ObligationRow } from './parse-obligations-catalogue.ts';

export const PROJECT_OBLIGATIONS: readonly ObligationRow[] = [
  {
    id: 'JWT-26',
    actor: 'Consumer',
    level: 'MUST [derived]',
    section: '2.3 JWT / authorisation',
    title: 'Send a token that is within its lifetime when the request is made: iat not after the send time, exp after it.',
    source: 'derived from JWT-10, JWT-11, JWT-12, JWT-13 and JWT-25 (UEC:fs_authentication › exp, iat)',
  },
];

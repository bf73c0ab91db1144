// Purpose-built defects that turn the faithful mock into a broken provider, one obligation at a
// time. The project's own tests prove the assurance suite catches each of them.
export const MOCK_FAULTS = {
  'ignore-service-param': { obligations: ['SLOT-07'], description: 'returns slots of every schedule, whatever service was asked for' },
  'leak-withheld-slots': { obligations: ['SLOT-08'], description: 'returns slots the release rules withhold from the consumer' },
  'busy-as-free': { obligations: ['SLOT-13'], description: 'ignores the status parameter, so status=free also returns busy slots' },
  'duplicate-included-schedule': { obligations: ['SLOT-28'], description: 'includes every Schedule twice' },
  'accept-expired-jwt': { obligations: ['JWT-11'], description: 'accepts tokens on or after their exp' },
  'error-without-outcome': { obligations: ['ERR-01'], description: 'sends 4xx/5xx responses with an empty body' },
  'wrong-content-type': { obligations: ['HTTP-07'], description: 'labels FHIR responses application/json without charset' },
  'ignore-if-match': { obligations: ['CAN-07', 'CAN-08'], description: 'cancels without checking If-Match' },
  'double-book': { obligations: ['BOOK-17'], description: 'books a slot that is already busy' },
  'lose-previous-version': { obligations: ['CAN-05', 'READ-03'], description: 'keeps only the latest version of an appointment' },
  'duplicate-on-retry': { obligations: ['XTI-05'], description: 'creates a new appointment for a retried X-Request-ID' },
  'book-withheld-slot': { obligations: ['SLOT-08', 'BOOK-16'], description: 'lets a consumer book a slot not released to it' },
} as const satisfies Record<string, { readonly obligations: readonly string[]; readonly description: string }>;

export type MockFault = keyof typeof MOCK_FAULTS;

export function isMockFault(name: string): name is MockFault {
  return Object.hasOwn(MOCK_FAULTS, name);
}

// Purpose-built defects that turn the faithful mock into a broken provider, one obligation at a
// time: each is a breakage a real provider could ship. The project's own tests prove the assurance
// suite catches each of them (test/suite/mutation-score.test.ts); fault-behaviours.ts says how
// each one acts.
type FaultRow = { readonly obligations: readonly string[]; readonly description: string };

export const MOCK_FAULTS = {
  // Capability statement
  'conformance-resource': { obligations: ['CAP-01'], description: 'answers /metadata with a DSTU2 Conformance resource instead of a CapabilityStatement' },
  'capability-without-date': { obligations: ['CAP-02'], description: 'builds a CapabilityStatement without its mandatory date, so it is not valid STU3' },
  'capability-without-accept-unknown': { obligations: ['CAP-03'], description: 'leaves acceptUnknown out of the CapabilityStatement' },
  'capability-lists-xml': { obligations: ['CAP-04'], description: 'lists application/fhir+xml among its formats but serves JSON only' },
  'capability-trailing-comma': { obligations: ['CAP-08'], description: 'sends the CapabilityStatement with a trailing comma, as in the published template' },
  'capability-without-slot-search': { obligations: ['CAP-06'], description: 'declares no searchParam for Slot' },
  // Slot search: parameters and filtering
  'start-required': { obligations: ['SLOT-01'], description: 'refuses a slot search that has no start parameter' },
  'unknown-param-400': { obligations: ['SLOT-06'], description: 'refuses search parameters it does not know with 400' },
  'ignore-service-param': { obligations: ['SLOT-07'], description: 'returns slots of every schedule, whatever service was asked for' },
  'leak-withheld-slots': { obligations: ['SLOT-08'], description: 'returns slots the release rules withhold from the consumer' },
  'unknown-service-200-with-slots': { obligations: ['SLOT-10'], description: 'answers a service id it does not know with the slots of every schedule' },
  'missing-service-returns-all': { obligations: ['SLOT-10'], description: 'answers a search without the service parameter with the slots of every schedule' },
  'unseen-consumer-gets-nothing': { obligations: ['SLOT-11'], description: 'releases slots only to the consumer organisations it has been set up with' },
  'first-schedule-only': { obligations: ['SLOT-12'], description: 'returns the slots of only the first schedule mapped to the service' },
  'busy-as-free': { obligations: ['SLOT-13'], description: 'ignores the status parameter, so status=free also returns busy slots' },
  'nonstandard-slot-status': { obligations: ['SLOT-14'], description: 'writes its internal status "booked" in Slot.status instead of busy' },
  'le-exclusive': { obligations: ['SLOT-15'], description: 'reads start=le as "before", leaving out the slot that starts on the bound' },
  'start-compared-as-string': { obligations: ['SLOT-16', 'TIME-03'], description: 'compares start bounds as clock times, ignoring their offsets' },
  'date-precision-ignored': { obligations: ['SLOT-17'], description: 'reads a date-only bound as midnight instead of the whole day' },
  'past-window-accepted': { obligations: ['SLOT-18'], description: 'answers a window entirely in the past with an empty searchset instead of 400' },
  // Slot search: includes and the Bundle
  'unknown-include-400': { obligations: ['SLOT-21'], description: 'refuses an _include it does not support with 400' },
  'include-drops-practitioners': { obligations: ['SLOT-22'], description: 'accepts the Practitioner include but leaves the Practitioners out' },
  'schedule-without-hcs-actor': { obligations: ['SLOT-23'], description: 'gives Schedules no HealthcareService actor' },
  'include-spelling-strict': { obligations: ['SLOT-24'], description: 'honours includes only in their canonical spelling' },
  'relative-fullurl': { obligations: ['SLOT-25'], description: 'writes relative fullUrls (Slot/<id>) in the searchset' },
  'include-unreferenced-location': { obligations: ['SLOT-27'], description: 'includes every Location it holds, whether or not a returned slot reaches it' },
  'duplicate-included-schedule': { obligations: ['SLOT-28'], description: 'includes every Schedule twice' },
  'empty-search-404': { obligations: ['SLOT-29'], description: 'answers a search that matches no slot with 404' },
  'total-counts-includes': { obligations: ['SLOT-30'], description: 'counts the included resources in Bundle.total' },
  'slot-identifier-not-array': { obligations: ['SLOT-32', 'PROF-03'], description: 'writes Slot.identifier as an object, as in the NBA example' },
  'default-delivery-channel': { obligations: ['SLOT-33'], description: 'gives slots with no recorded channel the delivery channel In-person' },
  'location-without-address': { obligations: ['SLOT-34'], description: 'includes Locations without their address' },
  'bad-query-500': { obligations: ['SLOT-35'], description: 'fails with 500 on a malformed search value' },
  'wrong-verb-404': { obligations: ['SLOT-38', 'HTTP-15'], description: 'answers a verb the endpoint does not support with 404, as a plain router does' },
  // JWT and authorisation
  'missing-claim-accepted': { obligations: ['JWT-05'], description: 'accepts a token that lacks a mandatory claim' },
  'wrong-aud-accepted': { obligations: ['JWT-09'], description: 'accepts a token addressed to another service root' },
  'accept-expired-jwt': { obligations: ['JWT-11'], description: 'accepts tokens on or after their exp' },
  'future-iat-accepted': { obligations: ['JWT-12'], description: 'accepts a token issued in the future' },
  'wrong-scope-accepted': { obligations: ['JWT-16'], description: 'accepts a token whose requested_scope does not fit the operation' },
  'practitioner-required': { obligations: ['JWT-19'], description: 'refuses a token without requesting_practitioner' },
  'practitioner-identifiers-required': { obligations: ['JWT-21'], description: 'refuses a requesting_practitioner without its role-profile identifier' },
  '401-for-bad-token': { obligations: ['JWT-22', 'SLOT-36'], description: 'answers token failures with 401 without declaring the lenient set' },
  'no-auth-check': { obligations: ['NFR-01', 'JWT-22'], description: 'serves every request, whatever token it carries or lacks' },
  // Transport, integrity headers and routing
  'ssp-prefix-unsupported': { obligations: ['SSP-06'], description: 'answers 404 to a request routed through the SSP prefix' },
  'no-x-request-id': { obligations: ['XTI-03'], description: 'sends no X-Request-ID of its own' },
  'no-x-correlation-id': { obligations: ['XTI-04'], description: 'does not echo the consumer\'s X-Request-ID as X-Correlation-ID' },
  'dstu2-mime-only': { obligations: ['HTTP-01'], description: 'knows only the DSTU2 media types, so Accept: application/fhir+json is refused' },
  'format-param-ignored': { obligations: ['HTTP-02'], description: 'ignores _format and negotiates on Accept alone' },
  'no-accept-refused': { obligations: ['HTTP-04'], description: 'refuses a request that names no format instead of answering JSON' },
  'unsupported-format-200-json': { obligations: ['HTTP-05'], description: 'answers JSON whatever format is asked for, instead of 415' },
  'wrong-content-type': { obligations: ['HTTP-07'], description: 'labels FHIR responses application/json without charset' },
  'gzip-ignored': { obligations: ['HTTP-08'], description: 'never compresses, whatever Accept-Encoding says' },
  'missing-cache-control': { obligations: ['HTTP-10'], description: 'sends no Cache-Control header' },
  // Times
  'slot-times-without-zone': { obligations: ['TIME-01', 'TIME-04'], description: 'writes Slot start and end as local times without a zone' },
  'slot-times-without-seconds': { obligations: ['TIME-01'], description: 'writes Slot start and end without seconds' },
  'slot-times-in-local-offset': { obligations: ['TIME-02'], description: 'writes Slot start and end in +01:00 instead of UTC' },
  // Errors and profiles
  'error-without-outcome': { obligations: ['ERR-01'], description: 'sends 4xx/5xx responses with an empty body' },
  'outcome-without-id': { obligations: ['ERR-02'], description: 'sends OperationOutcomes without an id' },
  'outcome-without-diagnostics': { obligations: ['ERR-03'], description: 'sends OperationOutcomes without diagnostics or expression' },
  'wrong-profile-url': { obligations: ['PROF-01'], description: 'declares the base FHIR Schedule profile instead of CareConnect-Schedule-1' },
  'invalid-gender-code': { obligations: ['PROF-02'], description: 'writes Practitioner.gender capitalised (Female), which is not an AdministrativeGender code' },
  'hcs-identifier-internal-id': { obligations: ['PROF-16'], description: 'identifies a HealthcareService by its internal id instead of the DoS id' },
  // Booking, read and cancel
  'ignore-if-match': { obligations: ['CAN-07', 'CAN-08'], description: 'cancels without checking If-Match' },
  'double-book': { obligations: ['BOOK-17'], description: 'books a slot that is already busy' },
  'lose-previous-version': { obligations: ['CAN-05', 'READ-03'], description: 'keeps only the latest version of an appointment' },
  'duplicate-on-retry': { obligations: ['XTI-05'], description: 'creates a new appointment for a retried X-Request-ID' },
  'book-withheld-slot': { obligations: ['SLOT-08', 'BOOK-16'], description: 'lets a consumer book a slot not released to it' },
} as const satisfies Record<string, FaultRow>;

export type MockFault = keyof typeof MOCK_FAULTS;

export function isMockFault(name: string): name is MockFault {
  return Object.hasOwn(MOCK_FAULTS, name);
}

// Value sets both the mock (validating a booking) and the consumer judge (judging one) check
// against, as FHIR STU3 and the obligations catalogue define them. One copy each.

/** Appointment.participant.status (FHIR STU3 ParticipationStatus; BOOK-05). */
export const PARTICIPATION_STATUSES: ReadonlySet<string> = new Set(['accepted', 'declined', 'tentative', 'needs-action']);

/** Patient.gender (FHIR STU3 AdministrativeGender; BOOK-10). */
export const GENDERS: ReadonlySet<string> = new Set(['male', 'female', 'other', 'unknown']);

/** Appointment.language and DocumentReference attachment language (BOOK-04, BOOK-20). */
export const LANGUAGES: ReadonlySet<string> = new Set(['en', 'en-GB']);

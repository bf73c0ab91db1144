@area-booking
Feature: Booking an appointment
  A booking is one atomic POST of an Appointment that contains its DocumentReference, Patient and
  Slot. The provider answers 201 with the created Appointment, the Location of its first version
  and a weak ETag; it refuses, with an OperationOutcome, a body it cannot parse, a body that fails
  the profile, a slot that does not exist or is no longer free. Every booking a scenario makes is
  cancelled after it.

  Background:
    Given a free slot to book from a service with free slots

  @BOOK-21 @BOOK-24 @must
  Scenario: A booking of a free slot is created and returned
    When the consumer books that slot
    Then the booking is created

  @BOOK-22 @must
  Scenario: The Location of a booking names its first version and can be read without it
    When the consumer books that slot
    Then the booking's Location names its first version
    When the consumer reads that appointment at its Location without the version
    Then the appointment is read

  @BOOK-23 @HTTP-11 @must
  Scenario: The ETag of a booking is the weak form of its version
    When the consumer books that slot
    Then the booking's ETag is the weak form of its version

  @HTTP-12 @must
  Scenario: A booking carries the create headers of the UEC response table
    When the consumer books that slot
    Then the create answer carries the headers of the UEC table

  @XTI-03 @XTI-04 @must
  Scenario: A booking carries the provider's X-Request-ID and echoes the consumer's
    When the consumer books that slot
    Then the response carries the integrity headers

  @BOOK-06 @must
  Scenario: The contained resources are accepted in TKW's order
    When the consumer books that slot with the contained resources ordered DocumentReference, Slot, Patient
    Then the booking is created

  @BOOK-03 @must
  Scenario: An id sent in the body is ignored and a new one assigned
    When the consumer books that slot with an id in the body
    Then the id sent in the body is not the one assigned

  @BOOK-26 @must
  Scenario: A patient the provider does not know, without an NHS number, is booked
    When the consumer books that slot with a patient without an NHS number
    Then the booking is created

  @BOOK-28 @must
  Scenario: A patient booked without an identifier is read back with the provider's own
    When the consumer books that slot with a patient without an NHS number
    Then the booking is created
    When the consumer reads that appointment
    Then the appointment read carries the provider's own patient identifier

  @BOOK-32 @HTTP-16 @must
  Scenario: An unknown extension is ignored
    When the consumer books that slot with an unknown extension
    Then the booking is created

  @PROF-14 @must
  Scenario Outline: A booking with <telecoms> is accepted
    When the consumer books that slot with <telecoms>
    Then the booking is created

    Examples:
      | telecoms                        |
      | only a contact telecom          |
      | a telecom and a contact telecom |

  @TIME-05 @TIME-03 @must
  Scenario: Instants written in another offset are compared by value
    When the consumer books that slot with its times written in +01:00
    Then the booking is created

  @BOOK-27 @must
  Scenario: A booked slot no longer comes back from a search for free slots
    When the consumer books that slot
    And the consumer searches for free slots around that slot
    Then the booking is created
    And that slot no longer comes back as free

  @BOOK-17 @ERR-01 @ERR-02 @must
  Scenario: A slot booked already is refused with the slot-taken outcome
    Given the consumer has booked that slot
    When the consumer books that slot
    Then the booking is refused as the slot is taken

  @BOOK-16 @must
  Scenario: A slot that does not exist is refused and nothing is created
    When the consumer books that slot with a contained Slot that does not exist
    Then the booking is refused as naming an unknown slot
    And no appointment was created

  @BOOK-18 @ERR-01 @ERR-02 @must
  Scenario Outline: A booking with <defect> fails the profile
    When the consumer books that slot with <defect>
    Then the booking is refused as failing the profile
    And no appointment was created

    Examples:
      | defect               |
      | no description       |
      | no contained Patient |
      | the status pending   |

  @BOOK-19 @ERR-01 @must
  Scenario Outline: <body> posted as a booking is refused as invalid
    When the consumer posts <body> as a booking
    Then the booking is refused as an invalid body

    Examples:
      | body                  |
      | a truncated JSON body |
      | a Patient resource    |
      | a JSON array          |

  @BOOK-29 @must
  Scenario: An invalid NHS number is refused, pointing at the identifier
    When the consumer books that slot with an invalid NHS number
    Then the booking is refused as an invalid NHS number

  @PROF-12 @must
  Scenario: Two primary contact points are refused
    When the consumer books that slot with two contact points of rank 1
    Then the booking is refused as two primary contact points

  @BOOK-20 @JWT-22 @must
  Scenario Outline: A booking with a defective token (<defect>) is refused
    Given the consumer's token has the defect <defect>
    When the consumer books that slot
    Then the request is refused as unauthorised

    Examples:
      | defect                |
      | missing-authorization |
      | garbage-token         |
      | missing-aud           |

  @BOOK-20 @JWT-16 @JWT-22 @must
  Scenario Outline: A booking with a token scoped <scope> is refused
    Given the consumer's token is scoped <scope>
    When the consumer books that slot
    Then the request is refused as unauthorised

    Examples:
      | scope                    |
      | patient/appointment.read |
      | organization/slot.read   |

  @HTTP-06 @ERR-01 @must
  Scenario Outline: A booking sent as <content type> is refused as an unsupported media type
    When the consumer books that slot sending <content type>
    Then the booking is refused as an unsupported media type

    Examples:
      | content type                     |
      | the Content-Type application/xml |
      | the Content-Type text/plain      |

  @HTTP-08 @must
  Scenario: A gzipped booking body is accepted
    When the consumer books that slot sending a gzipped body
    Then the booking is created

  @HTTP-09 @must
  Scenario: A chunked booking body is accepted
    When the consumer books that slot sending a chunked body
    Then the booking is created

  @HTTP-03 @must
  Scenario: A booking without Accept is answered in the format it was sent in
    When the consumer books that slot sending no Accept header
    Then the booking is created
    And the booking is answered in FHIR JSON

  @BOOK-25 @must
  Scenario: Booking ids are unique logical ids
    When the consumer books a sample of free slots
    Then those bookings have distinct logical ids

  @XTI-05 @must
  Scenario: A retried booking does not create a second appointment
    Given the consumer has booked that slot
    When the consumer retries that booking with the same X-Request-ID
    Then the retry is answered without a second appointment

  @SLOT-09 @must
  Scenario: Every free slot returned to the consumer can be booked
    Given a slot search for a service with free slots
    When the consumer searches for slots
    And the consumer books every free slot returned, up to the target's limit
    Then every one of those bookings is created

  @SLOT-08 @must
  Scenario: A slot withheld from a consumer cannot be booked by it
    Given a free slot withheld from the restricted consumer
    When the restricted consumer books that slot
    Then the booking is refused as a slot not released to the consumer
    And no appointment was created

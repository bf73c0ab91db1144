@consumer
Feature: The booking the consumer sends
  POST [base]/Appointment with a CareConnect Appointment that contains the DocumentReference of the
  CDA, the Patient and a copy of the chosen Slot (obligations catalogue, sections 2.5 and 2.13).

  Background:
    Given the recorded traffic of the consumer under test

  @BOOK-01 @must
  Scenario: The booking is sent as FHIR (Content-Type application/fhir+json)
    Then the consumer meets BOOK-01

  @BOOK-02 @must
  Scenario: The booking carries no Appointment.id
    Then the consumer meets BOOK-02

  @BOOK-04 @must
  Scenario: The Appointment declares its profile, status booked and its language
    Then the consumer meets BOOK-04

  @BOOK-05 @must
  Scenario: Exactly one DocumentReference, Patient and Slot are contained, with unique ids
    Then the consumer meets BOOK-05

  @BOOK-07 @must
  Scenario: start, end and created are set and the appointment matches the slot
    Then the consumer meets BOOK-07

  @BOOK-08 @must
  Scenario: The booking gives a description
    Then the consumer meets BOOK-08

  @BOOK-09 @must
  Scenario: Appointment.slot references the contained Slot
    Then the consumer meets BOOK-09

  @BOOK-10 @must
  Scenario: Appointment.supportingInformation references the contained DocumentReference
    Then the consumer meets BOOK-10

  @BOOK-11 @must
  Scenario: The one participant is the contained Patient, with a status
    Then the consumer meets BOOK-11

  @BOOK-12 @may
  Scenario: incomingReferral is sent at most once
    Then the consumer meets BOOK-12

  @BOOK-13 @PROF-04 @must
  Scenario: The contained DocumentReference points at the CDA
    Then the consumer meets BOOK-13

  @BOOK-15 @PROF-15 @must
  Scenario: The contained Slot copies a free slot the provider served
    Then the consumer meets BOOK-15

  @PROF-01 @must
  Scenario: Every contained resource declares its CareConnect profile
    Then the consumer meets PROF-01

  @PROF-02 @must
  Scenario: Appointment bodies are structurally valid STU3
    Then the consumer meets PROF-02

  @PROF-03 @must
  Scenario: Bodies are valid FHIR JSON (arrays for repeating elements, nothing empty)
    Then the consumer meets PROF-03

  @PROF-05 @BOOK-14 @must
  Scenario: The Patient carries an identifier only for an NHS number
    Then the consumer meets PROF-05

  @PROF-06 @BOOK-14 @must
  Scenario: The NHS number is official, valid under Modulus 11 and carries its verification status
    Then the consumer meets PROF-06

  @PROF-07 @should
  Scenario: The NHS number was traced on PDS (verification status 01)
    Then the consumer meets PROF-07

  @PROF-08 @BOOK-14 @must
  Scenario: The Patient has one name, a gender, a past birthDate and one address
    Then the consumer meets PROF-08

  @PROF-09 @BOOK-14 @must
  Scenario: The Patient has contact details
    Then the consumer meets PROF-09

  @PROF-11 @BOOK-14 @must
  Scenario: Every third-party contact has a relationship and a name
    Then the consumer meets PROF-11

  @PROF-12 @BOOK-14 @must
  Scenario: Every contact point is ranked, with exactly one primary
    Then the consumer meets PROF-12

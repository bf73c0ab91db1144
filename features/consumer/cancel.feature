@consumer
Feature: Cancelling an appointment
  A cancel is a version-aware update: read the appointment, send it back with only status changed,
  with If-Match from the latest ETag, and handle 409 and 412 (obligations catalogue, sections 2.6
  and 2.8).

  Background:
    Given the recorded traffic of the consumer under test

  @CAN-01 @XTI-07 @must
  Scenario: The appointment is read immediately before the cancel, and only its status changes
    Then the consumer meets CAN-01

  @CAN-02 @XTI-07 @must
  Scenario: The cancel carries If-Match from the latest ETag and a FHIR Content-Type
    Then the consumer meets CAN-02

  @CAN-13 @XTI-07 @must
  Scenario: A 409 or 412 is answered by re-reading and retrying, a bounded number of times
    Then the consumer meets CAN-13

  @CAN-14 @should
  Scenario: A rebooking books the new appointment before cancelling the original
    Then the consumer meets CAN-14

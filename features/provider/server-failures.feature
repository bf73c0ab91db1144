@area-errors
Feature: Server failures
  A failure inside the provider is answered with 500 and an OperationOutcome, for a search and for
  a read alike. The checks need a failure on demand, so they run where the target declares a way
  to provoke one (`serverFailure`; the mock's chaos endpoint) and are skipped with that reason
  elsewhere.

  Background:
    Given the target declares a way to provoke a server failure

  @SLOT-37 @ERR-04 @ERR-01 @must
  Scenario: A slot search that fails inside the provider is answered 500 with an OperationOutcome
    Given a slot search for a service with free slots
    And the provider will fail the next slot search
    When the consumer searches for slots
    Then the request is refused with 500 and an OperationOutcome

  @READ-08 @ERR-04 @should
  Scenario: A read that fails inside the provider is answered 500 with an OperationOutcome
    Given a free slot to book from a service with free slots
    And the consumer has booked that slot
    And the provider will fail the next appointment read
    When the consumer reads that appointment
    Then the request is refused with 500 and an OperationOutcome

  @REG-06 @should
  Scenario: A patient appointment search that fails inside the provider is answered 500 with an OperationOutcome
    Given the target declares the patient appointment search
    And a new patient with 2 booked appointments
    And the provider will fail the next patient appointment search
    When the consumer searches for that patient's appointments by the NBA example query
    Then the request is refused with 500 and an OperationOutcome

@area-booking
Feature: Reading an appointment
  A booked appointment can be read, whole and as booked, with a weak ETag of its current version;
  every version it had can be read back by its version id. Unknown ids and versions are not found,
  ids are case-sensitive, and a malformed parameter is refused.

  Background:
    Given a free slot to book from a service with free slots
    And the consumer has booked that slot

  @READ-02 @must
  Scenario: A booked appointment is read with its current version
    When the consumer reads that appointment
    Then the appointment is read
    And the read answer carries the headers of the UEC table

  @READ-06 @must
  Scenario: An appointment is read with the fields it was booked with
    When the consumer reads that appointment
    Then the appointment read keeps the fields it was booked with

  @READ-03 @CAN-05 @must
  Scenario: Every version of a cancelled appointment can be read back
    Given that appointment is cancelled
    When the consumer reads the booked version of that appointment
    And the consumer reads the cancelled version of that appointment
    Then the booked version is read with status booked
    And the cancelled version is read with status cancelled

  @READ-04 @ERR-01 @ERR-02 @must
  Scenario Outline: A read of <what> is not found
    When the consumer reads <what>
    Then the request is refused with 404 and an OperationOutcome

    Examples:
      | what                                              |
      | an appointment that does not exist                |
      | a version of that appointment that does not exist |

  @READ-05 @HTTP-14 @must
  Scenario: Appointment ids are case-sensitive
    When the consumer reads that appointment with its id case-swapped
    Then the request is refused with 404 and an OperationOutcome

  @READ-07 @must
  Scenario: A malformed parameter on a read is refused
    When the consumer reads that appointment with a malformed _elements parameter
    Then the malformed read parameter is refused

  @READ-07 @JWT-22 @must
  Scenario Outline: A read with a defective token (<defect>) is refused
    Given the consumer's token has the defect <defect>
    When the consumer reads that appointment
    Then the request is refused as unauthorised

    Examples:
      | defect                |
      | missing-authorization |
      | wrong-scope           |

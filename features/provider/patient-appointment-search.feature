@area-booking
Feature: Searching for a patient's appointments
  A consumer checks which appointments a patient already holds before booking again. The provider
  answers with every matching appointment in one searchset, never paged, each entry naming its
  current version and the patient; a bad token or query is refused with an OperationOutcome.
  Applies where the CapabilityStatement declares the search-type interaction on Appointment.

  Background:
    Given the target declares the patient appointment search

  @REG-02 @REG-05 @must
  Scenario: A patient with two bookings has exactly those two appointments
    Given a new patient with 2 booked appointments
    When the consumer searches for that patient's appointments by the NBA example query
    Then exactly that patient's appointments are found

  @REG-01 @REG-02 @should
  Scenario Outline: The patient is found by <criterion>
    Given a new patient with 2 booked appointments
    When the consumer searches for that patient's appointments by <criterion>
    Then exactly that patient's appointments are found

    Examples:
      | criterion                 |
      | the Patient reference     |
      | the capability identifier |

  @REG-03 @must
  Scenario: Many appointments of one patient come back in one Bundle, not paged
    Given a new patient with as many booked appointments as the target allows
    When the consumer searches for that patient's appointments by the NBA example query
    Then exactly that patient's appointments are found

  @REG-06 @JWT-22 @must
  Scenario Outline: A patient appointment search with a defective token (<defect>) is refused
    Given a new patient with 2 booked appointments
    And the consumer's token has the defect <defect>
    When the consumer searches for that patient's appointments by the NBA example query
    Then the request is refused as unauthorised

    Examples:
      | defect                |
      | missing-authorization |
      | wrong-scope           |
      | expired               |

  @REG-06 @should
  Scenario Outline: A patient appointment search with <query> is refused as a bad request
    When the consumer searches for patient appointments with <query>
    Then the request is refused with 400 and an OperationOutcome

    Examples:
      | query                                  |
      | no patient criterion                   |
      | an NHS number with a wrong check digit |

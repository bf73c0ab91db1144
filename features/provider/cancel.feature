@area-booking
Feature: Cancelling an appointment
  A cancel reads the latest version and puts it back with only the status changed, naming the
  version read in If-Match. The provider keeps every version, answers the new one with Location,
  ETag and Last-Modified, and refuses a stale or missing If-Match, any other change, another id,
  and a reused X-Request-ID. A refused cancel changes nothing.

  Background:
    Given a free slot to book from a service with free slots
    And the consumer has booked that slot

  @CAN-03 @must
  Scenario: A cancel is answered with the new, cancelled version
    When the consumer cancels that appointment
    Then the cancel is accepted

  @CAN-04 @HTTP-11 @must
  Scenario: A cancel carries Location, ETag and Last-Modified
    When the consumer cancels that appointment
    Then the cancel carries Location, ETag and Last-Modified

  @HTTP-12 @must
  Scenario: A cancel carries the update headers of the UEC response table
    When the consumer cancels that appointment
    Then the update answer carries the headers of the UEC table

  @CAN-06 @must
  Scenario: A cancel that changes more than the status is refused and changes nothing
    When the consumer cancels that appointment changing its description
    And the consumer reads that appointment
    Then the cancel is refused as changing more than its status
    And the appointment is read as the version booked

  @CAN-07 @XTI-07 @must
  Scenario: A cancel naming a stale version is refused
    Given that appointment is cancelled
    When the consumer cancels that appointment with a stale If-Match
    Then the cancel is refused as naming a stale version

  @CAN-08 @XTI-07 @must
  Scenario: A cancel without If-Match is refused
    When the consumer cancels that appointment without an If-Match header
    And the consumer reads that appointment
    Then the cancel is refused as missing its If-Match
    And the appointment is read as the version booked

  @CAN-12 @must
  Scenario Outline: A cancel <variant> is refused
    When the consumer cancels that appointment <variant>
    Then the cancel is refused as naming another appointment

    Examples:
      | variant                     |
      | with another id in the body |
      | without an id in the body   |

  @CAN-09 @ERR-01 @must
  Scenario Outline: A cancel <variant> is refused as <refusal>
    When the consumer cancels that appointment <variant>
    Then the cancel is refused as <refusal>

    Examples:
      | variant                                          | refusal             |
      | with a truncated JSON body                       | an invalid body     |
      | with a Patient resource as the body              | an invalid body     |
      | with a status that is not an appointment status | failing the profile |

  @CAN-09 @JWT-22 @must
  Scenario: A cancel without a token is refused
    Given the consumer's token has the defect missing-authorization
    When the consumer cancels that appointment
    Then the request is refused as unauthorised

  @CAN-11 @must
  Scenario: A cancel repeated with its X-Request-ID makes no new version
    Given that appointment is cancelled
    When the consumer cancels that appointment again with the same X-Request-ID
    Then the repeated cancel is answered without a new version

  @CAN-03 @must
  Scenario: A cancelled appointment cancelled again stays cancelled
    Given that appointment is cancelled
    When the consumer cancels that appointment
    And the consumer reads that appointment
    Then the second cancel is accepted or refused
    And the appointment is read as cancelled

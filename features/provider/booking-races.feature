@area-booking @race
Feature: Booking races
  Concurrent requests have one winner: of many bookings of one slot exactly one is created; many
  copies of one booking with one X-Request-ID create one appointment; of many cancels made from one
  read exactly one succeeds. Each race sends the target's booking.raceConcurrency requests at once
  (20 unless declared): exclude the group with --tags "not @race" where a live target forbids load.

  Background:
    Given a free slot to book from a service with free slots

  @BOOK-17 @must
  Scenario: Concurrent bookings of one slot: exactly one is created
    When the consumer books that slot in concurrent requests
    Then exactly one concurrent booking is created and the others are refused as the slot is taken
    And the provider holds exactly one more appointment

  @XTI-05 @must
  Scenario: Concurrent retries of one booking create exactly one appointment
    When the consumer sends one booking of that slot in concurrent retries
    Then the concurrent retries create exactly one appointment
    And the provider holds exactly one more appointment

  @CAN-07 @XTI-07 @must
  Scenario: Concurrent cancels made from one read: exactly one succeeds
    Given the consumer has booked that slot
    When the consumer sends concurrent cancels of that appointment made from one read
    Then exactly one concurrent cancel is accepted and the others are refused as stale

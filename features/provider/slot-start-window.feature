@area-slots @area-times
Feature: Start windows, times and offsets
  The window filters on Slot.start alone, with FHIR date prefixes (ge and le inclusive); offsets in
  search values are honoured, a date means its whole day, and slot times are FHIR instants.

  @SLOT-15 @must
  Scenario Outline: A slot starting <bounds> <visibility>
    Given a slot search for a service with free slots
    And a free slot of the searched service
    When the consumer searches with the window bounded <bounds>
    Then the response is a searchset Bundle
    And that slot <visibility>
    And every slot starts inside the requested window

    Examples:
      | bounds                                   | visibility      |
      | on that slot's start                     | is returned     |
      | after that slot's start                  | is not returned |
      | before that slot's start                 | is not returned |
      | from ten minutes after that slot's start | is not returned |

  @SLOT-17 @must
  Scenario: A date-only bound covers every slot starting during that day
    Given a slot search for a service with free slots
    And a free slot of the searched service
    When the consumer searches with the window bounded up to that slot's day written as a date
    And the consumer searches with the window bounded up to the end of that slot's day as an instant
    Then the two searches return the same slots
    And that slot is returned

  # The window is tied to a real slot, not to now: a provider that reads the clock time and drops
  # the offset then misses that slot at any hour, even when now falls outside the opening hours.
  @SLOT-16 @TIME-03 @must
  Scenario Outline: A window on a slot's start written with the offset <zone> gives the same slots
    Given a slot search for a service with free slots
    And a free slot of the searched service
    When the consumer searches with the window bounded on that slot's start
    And the consumer searches with the window bounded on that slot's start written with the offset <zone>
    Then the response is a searchset Bundle
    And the two searches return the same slots
    And that slot is returned

    Examples:
      | zone   |
      | +00:00 |
      | +01:00 |
      | -05:00 |
      | +05:30 |

  @SLOT-18 @ERR-01 @ERR-02 @must
  Scenario: A window entirely in the past is refused
    Given a slot search for a service with free slots
    And the search window is a window entirely in the past
    When the consumer searches for slots
    Then the request is refused with 400 and an OperationOutcome

  @SLOT-18 @must
  Scenario: A window that only starts in the past is answered
    Given a slot search for a service with free slots
    And the search window is a window that starts in the past
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And every slot starts inside the requested window

  @SLOT-15 @must
  Scenario: An inverted window matches no slot
    Given a slot search for a service with free slots
    And the search window is an inverted window
    When the consumer searches for slots
    Then the inverted window is answered with no slots

  @SLOT-01 @must
  Scenario: A search without start bounds still works
    Given a slot search for a service with free slots
    And the search has no start parameter
    When the consumer searches for slots
    Then the response is a searchset Bundle

  @TIME-01 @TIME-04 @must
  Scenario: Slot times are FHIR instants with an explicit zone
    Given a slot search for a service spanning several schedules
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And every slot time is a FHIR instant with a zone

  @TIME-02 @should
  Scenario: Slot times are written in UTC
    Given a slot search for a service spanning several schedules
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And every slot time is written in UTC

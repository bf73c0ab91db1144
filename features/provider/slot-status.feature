@area-slots
Feature: Slot status
  A provider supports searching by every status value, answers with SlotStatus codes only, and a
  search without a status parameter still works (C-38: any status may come back).

  @SLOT-13 @SLOT-14 @must
  Scenario Outline: A search for status <status> returns only slots of that status
    Given a slot search for a service with free slots
    And the search asks for status <status>
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And every slot has status <status>
    And every slot has a SlotStatus code
    And the target's slots of status <status> are all represented

    Examples:
      | status    |
      | free      |
      | busy      |
      | free,busy |

  @SLOT-13 @must
  Scenario: Several statuses combine with OR
    Given a slot search for a service with free slots
    When the consumer searches for slots with status free
    And the consumer searches for slots with status busy
    And the consumer searches for slots with status free,busy
    Then the last search returns exactly the slots of the two searches before it

  @SLOT-01 @SLOT-14 @must
  Scenario: A search without a status parameter still works
    Given a slot search for a service with free slots
    And the search has no status parameter
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And every slot has a SlotStatus code

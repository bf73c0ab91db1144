@area-slots
Feature: Searches that match no slot
  "No slots" is not an error: the answer is 200 with an empty searchset (total 0, no resources),
  at most with one OperationOutcome entry of search mode "outcome" saying why (C-06).

  @SLOT-29 @should
  Scenario: A service without slots gets an empty searchset
    Given a slot search for a service without slots
    When the consumer searches for slots
    Then the search is answered with an empty searchset

  @SLOT-29 @should
  Scenario: A window in which the target has no slots gets an empty searchset
    Given a slot search for a service with free slots
    And the search asks for every include
    And the search window is the declared empty window
    When the consumer searches for slots
    Then the search is answered with an empty searchset

@area-slots
Feature: Slot search by healthcare service
  A consumer searches the slots of one DoS service. The provider maps services to schedules
  (many-to-many) and returns only the slots of the schedules mapped to the service searched for.

  @SLOT-07 @must
  Scenario: A search returns only slots of schedules mapped to the service
    Given a slot search for the first service of the shared pair
    And the search includes schedules and healthcare services
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And every slot comes from a schedule mapped to the searched service

  @SLOT-07 @must
  Scenario: A schedule shared by two services serves both of them
    Given a slot search for the first service of the shared pair
    When the consumer searches for slots of the first service of the shared pair
    And the consumer searches for slots of the second service of the shared pair
    Then the two searches return slots of a common schedule

  @SLOT-07 @SLOT-12 @must
  Scenario: A service spanning several diaries gets the slots of all of them in the first response
    Given a slot search for a service spanning several schedules
    And the search includes schedules and healthcare services
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And the slots come from every schedule mapped to the searched service
    And every slot comes from a schedule mapped to the searched service

  @SLOT-23 @PROF-16 @must
  Scenario: A shared schedule is described in the context of the service searched for
    Given a slot search for the second service of the shared pair
    And the search includes schedules and healthcare services
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And every schedule names the searched service as its healthcare service actor
    And the included healthcare service carries the searched DoS id as its identifier

  @SLOT-01 @must
  Scenario Outline: The healthcare-service parameter is accepted as <name>
    Given a slot search for a service with free slots
    And the search includes schedules and healthcare services
    And the service parameter is named <name>
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And the search returns at least one slot
    And every slot comes from a schedule mapped to the searched service

    Examples:
      | name                             |
      | schedule.actor:healthcareservice |
      | service                          |

  @SLOT-10 @ERR-01 @ERR-02 @must
  Scenario: A service the provider does not know is refused, never answered with other services' slots
    Given a slot search for an unknown service
    When the consumer searches for slots
    Then the search is answered as naming an unknown service

  @SLOT-10 @ERR-01 @ERR-02 @must
  Scenario: A search without the healthcare-service parameter is refused
    Given a slot search for a service with free slots
    And the search has no service parameter
    When the consumer searches for slots
    Then the search is answered as missing its service parameter

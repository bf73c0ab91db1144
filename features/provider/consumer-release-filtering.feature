@area-slots
Feature: Slots released to the requesting consumer
  Besides the service, the provider filters on the consumer the JWT names (and the consumer system
  in Ssp-From): slots not released to it are not returned. A consumer it has never seen still gets
  the slots released to everyone.

  @SLOT-08 @must
  Scenario: Slots withheld from a consumer are not returned to it
    Given a slot search for a service with withheld slots
    When the primary consumer searches for slots
    And the restricted consumer searches for slots
    Then the restricted consumer does not see the slots withheld from it

  @SLOT-11 @must
  Scenario: A consumer organisation the provider has never seen still gets slots
    Given a slot search for a service with free slots
    When an unseen consumer searches for slots
    Then the response is a searchset Bundle
    And the search returns at least one slot

@area-slots @area-bundle
Feature: Includes and the shape of the searchset Bundle
  A slot search answers with a searchset Bundle: the matched Slots, then each related resource the
  requested includes reach, once, and nothing else. Includes are honoured in any spelling.

  Background:
    Given a slot search for a service spanning several schedules
    And the search asks for every include

  @SLOT-25 @HTTP-07 @must
  Scenario: A successful search is a searchset Bundle with absolute full URLs
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And the search returns at least one slot

  @SLOT-22 @must
  Scenario: Every reference a requested include follows resolves inside the Bundle
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And every reference of a requested include resolves inside the Bundle

  @SLOT-27 @must
  Scenario: Nothing unrelated to the returned slots is included
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And the Bundle includes nothing unrelated to the returned slots

  @SLOT-28 @should
  Scenario: Each related resource is included once
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And the Bundle includes each resource once

  @SLOT-30 @should
  Scenario: Bundle.total counts the matched slots
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And the Bundle total counts the matched slots

  @SLOT-32 @SLOT-14 @must
  Scenario: Every slot carries its profile, one identifier, its schedule, start, end and status
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And every slot carries its required elements

  @PROF-01 @must
  Scenario: Every returned resource declares its CareConnect profile
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And every resource declares its CareConnect profile

  @PROF-02 @PROF-03 @must
  Scenario: The searchset validates against FHIR STU3 and the CareConnect overrides
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And the Bundle validates against FHIR STU3

  @SLOT-24 @should
  Scenario Outline: The <spelling> spelling of the includes brings the same resources
    When the consumer searches for slots
    And the consumer searches for slots with every include spelt <spelling>
    Then the <spelling> spelling brings back the same resources as the canonical one

    Examples:
      | spelling           |
      | recurse            |
      | plain              |
      | dotted             |
      | lower-case targets |

  @SLOT-21 @must
  Scenario: An include the API does not define still returns the same slots
    When the consumer searches for slots
    And the consumer searches for slots adding an include the API does not define
    Then the two searches return the same slots

  @SLOT-24 @should
  Scenario: A _revinclude never makes the search fail
    When the consumer searches for slots
    And the consumer searches for slots adding a _revinclude of everything
    Then the two searches return the same slots

  @SLOT-34 @must
  Scenario: An included Location gives the address of the appointment
    Given the target declares the Location include
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And every included location carries the address of the appointment

  @SLOT-20 @should
  Scenario Outline: Requesting <include> brings them into the Bundle
    Given the target holds schedules, healthcare services and <include> and lists their includes
    And a slot search for a service spanning several schedules
    And the search includes schedules, healthcare services and <include>
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And the Bundle includes schedules, healthcare services and <include>

    Examples:
      | include            |
      | practitioners      |
      | practitioner roles |
      | locations          |
      | organisations      |

  @SLOT-33 @must
  Scenario: A slot whose delivery channel is not recorded carries none, never a default
    Given a slot search for a service with slots of no recorded channel
    When the consumer searches for slots
    Then the response is a searchset Bundle
    And slots without a recorded channel carry no delivery channel

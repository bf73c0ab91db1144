@area-ssp
Feature: Direct and SSP routing
  The Spine Secure Proxy strips its prefix before forwarding, so the provider serves the API at its
  published service root whether or not the request came through the SSP (SSP-06).

  @SSP-06 @must
  Scenario: A slot search gets the same slots directly and through the SSP
    Given a slot search for a service with free slots
    When the consumer searches for slots directly
    And the consumer searches for slots through the SSP
    Then the two searches return the same slots

  @SSP-06 @must
  Scenario: The CapabilityStatement is served directly and through the SSP
    When the consumer asks for the CapabilityStatement directly
    And the consumer asks for the CapabilityStatement through the SSP
    Then both answers are the same CapabilityStatement

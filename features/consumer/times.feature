@consumer
Feature: The times the consumer writes
  Search values and booking bodies carry FHIR instants with an explicit zone, preferably UTC
  (obligations catalogue, section 2.11).

  Background:
    Given the recorded traffic of the consumer under test

  @TIME-01 @must
  Scenario: Every time is written in FHIR instant (or date) form
    Then the consumer meets TIME-01

  @TIME-02 @should
  Scenario: Times are converted to UTC before sending
    Then the consumer meets TIME-02

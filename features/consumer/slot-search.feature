@consumer
Feature: The slot search the consumer sends
  A slot search names the DoS service the user chose and bounds the window from above, with query
  values percent-encoded (obligations catalogue, section 2.2 and C-01).

  Background:
    Given the recorded traffic of the consumer under test

  @SLOT-02 @must
  Scenario: Every slot search sends schedule.actor:healthcareservice=<DoS service id>
    Then the consumer meets SLOT-02

  @SLOT-03 @must
  Scenario: Every slot search gives an upper bound on start
    Then the consumer meets SLOT-03

  @SLOT-04 @must
  Scenario: Start values are percent-encoded (an offset "+" travels as %2B)
    Then the consumer meets SLOT-04

  @SLOT-05 @may
  Scenario: The status searched for (informational)
    Then the consumer meets SLOT-05

  @SLOT-39 @should
  Scenario: A slot search answered with a 4xx is not resent unchanged
    Then the consumer meets SLOT-39

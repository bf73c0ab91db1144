@consumer
Feature: The patient appointment search the consumer sends
  GET [base]/Appointment naming the patient in one of the published spellings, with a valid NHS
  number, the read scope and the search interaction id (obligations catalogue, section 2.9; C-39).

  Background:
    Given the recorded traffic of the consumer under test

  @REG-01 @should
  Scenario: The patient's appointments are searched for in a published form
    Then the consumer meets REG-01

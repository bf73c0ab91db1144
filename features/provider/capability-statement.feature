@area-capability
Feature: Capability statement
  GET [base]/metadata describes what the provider supports; the statement is valid FHIR JSON and
  every format it lists is served.

  @CAP-01 @CAP-08 @must
  Scenario: The CapabilityStatement is returned as FHIR JSON
    When the consumer asks for the CapabilityStatement
    Then the response is a CapabilityStatement

  @CAP-02 @CAP-08 @PROF-02 @must
  Scenario: The CapabilityStatement is valid FHIR STU3
    When the consumer asks for the CapabilityStatement
    Then the response is a CapabilityStatement
    And the CapabilityStatement validates against FHIR STU3

  @CAP-03 @must
  Scenario: The provider declares that it ignores unknown elements and extensions
    When the consumer asks for the CapabilityStatement
    Then the CapabilityStatement declares acceptUnknown both

  @CAP-04 @must
  Scenario: FHIR JSON is among the declared formats
    When the consumer asks for the CapabilityStatement
    Then the CapabilityStatement lists FHIR JSON among its formats

  @CAP-04 @HTTP-01 @must
  Scenario: Every declared format is served, through _format and through Accept
    When the consumer asks for the CapabilityStatement in every declared format
    Then each declared format is served as asked

  @CAP-05 @should
  Scenario: The statement keeps the fixed values of the published template
    When the consumer asks for the CapabilityStatement
    Then the CapabilityStatement carries the fixed values of the template

  @CAP-06 @should
  Scenario: Slot search is declared with its parameters and includes
    When the consumer asks for the CapabilityStatement
    Then the CapabilityStatement declares slot search

  @CAP-07 @should
  Scenario: Appointment read and create are declared
    When the consumer asks for the CapabilityStatement
    Then the CapabilityStatement declares appointment read and create

  @CAP-11 @should
  Scenario: Transactional integrity handling is documented
    When the consumer asks for the CapabilityStatement
    Then the CapabilityStatement documents transactional integrity

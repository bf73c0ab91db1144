@area-http
Feature: The interactions in FHIR XML
  Where the CapabilityStatement declares application/fhir+xml, every interaction works in XML:
  a slot search, a booking and a cancel sent in XML, a read, and an error, each answered in XML and
  judged, after conversion, by the same schemas and rules as in JSON. JSON stays the default.

  Background:
    Given the target declares FHIR XML in its CapabilityStatement

  @HTTP-01 @should
  Scenario: A slot search asked for in XML is answered with a valid searchset in XML
    Given a slot search for a service with free slots
    When the consumer searches for slots in FHIR XML
    Then the response states FHIR XML in UTF-8
    And the response is a searchset Bundle
    And the Bundle validates against FHIR STU3

  @HTTP-01 @HTTP-03 @should
  Scenario: A booking sent in XML is created and answered in XML
    Given a free slot to book from a service with free slots
    When the consumer books that slot in FHIR XML
    Then the booking is created
    And the response states FHIR XML in UTF-8

  @HTTP-01 @should
  Scenario: An appointment read in XML comes back as booked
    Given a free slot to book from a service with free slots
    And the consumer has booked that slot
    When the consumer reads that appointment in FHIR XML
    Then the response states FHIR XML in UTF-8
    And the appointment is read

  @HTTP-01 @should
  Scenario: A cancel sent in XML is accepted and answered in XML
    Given a free slot to book from a service with free slots
    And the consumer has booked that slot
    When the consumer cancels that appointment in FHIR XML
    Then the cancel is accepted
    And the response states FHIR XML in UTF-8

  @HTTP-01 @ERR-01 @should
  Scenario: An error asked for in XML is an OperationOutcome in XML
    Given a free slot to book from a service with free slots
    And the consumer has booked that slot
    When the consumer reads an appointment that does not exist in FHIR XML
    Then the request is refused with 404 and an OperationOutcome
    And the response states FHIR XML in UTF-8

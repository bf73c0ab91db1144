@area-booking
Feature: An appointment belongs to the organisation that booked it
  A provider may refuse requesters by their organisation (JWT-23; UEC er_overview: 403 for a consumer
  or canceller that is not permitted). A provider that declares its appointments owner-only refuses
  every other consumer organisation a read, a version read and a cancel, with 403 and an
  OperationOutcome, and the appointment stays as it was.

  Background:
    Given the target declares that only the organisation that booked an appointment may read or cancel it
    And a free slot to book from a service with free slots
    And the consumer has booked that slot

  @JWT-23 @should
  Scenario Outline: Another organisation is refused: <who> <action>
    When <who> <action>
    Then the request is refused with 403 and an OperationOutcome
    When the consumer reads that appointment
    Then the appointment is read as still booked

    Examples:
      | who                     | action                                          |
      | the restricted consumer | reads that appointment                          |
      | the restricted consumer | reads the booked version of that appointment    |
      | the restricted consumer | cancels that appointment                        |
      | an unseen consumer      | reads that appointment                          |
      | an unseen consumer      | cancels that appointment                        |

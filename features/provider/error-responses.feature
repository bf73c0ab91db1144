@area-errors
Feature: Error responses
  Every refusal carries an OperationOutcome with an id, a severity and an IssueType code, and
  should explain itself. Malformed values of known parameters are refused with 400; unknown
  parameter names are ignored (C-11); a verb /Slot does not support gets 405.

  @SLOT-35 @ERR-01 @ERR-02 @must
  Scenario Outline: A slot search with <malformed> is refused with 400
    Given a slot search for a service with free slots
    And the search carries <malformed>
    When the consumer searches for slots
    Then the request is refused with 400 and an OperationOutcome

    Examples:
      | malformed                      |
      | a start that is not a date     |
      | a start with an unknown prefix |
      | an empty status                |

  @ERR-03 @should
  Scenario: A 400 explains what went wrong and where
    Given a slot search for a service with free slots
    And the search carries a start that is not a date
    When the consumer searches for slots
    Then the refusal explains what went wrong and where

  @SLOT-38 @ERR-01 @ERR-02 @must
  Scenario Outline: A <verb> to the Slot endpoint is refused with 405
    When the consumer sends a <verb> request to the Slot endpoint
    Then the request is refused with 405 and an OperationOutcome

    Examples:
      | verb   |
      | POST   |
      | PUT    |
      | DELETE |

    @HTTP-15
    Examples: A verb no interaction uses
      | verb  |
      | PATCH |

  @SLOT-06 @should
  Scenario Outline: A slot search adding <parameter> ignores it
    Given a slot search for a service with free slots
    When the consumer searches for slots
    And the consumer searches for slots adding <parameter>
    Then the unknown parameter is ignored

    Examples:
      | parameter                          |
      | an unknown parameter foo=bar       |
      | an end parameter one hour from now |

  @ERR-01 @ERR-02 @must
  Scenario: A path the API does not serve is refused with 404 and an OperationOutcome
    When the consumer sends a request for a path the API does not serve
    Then the request is refused with 404 and an OperationOutcome

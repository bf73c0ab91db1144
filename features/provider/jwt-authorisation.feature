@area-security
Feature: JWT and authorisation
  Every request carries an unsigned JWT. The provider refuses a missing, malformed, expired,
  wrongly addressed or wrongly scoped token with 403 and an OperationOutcome (C-04; a target may
  declare the lenient set 400, 401, 403), and copes with the optional practitioner claim.

  @JWT-22 @SLOT-36 @NFR-01 @ERR-01 @ERR-02 @must
  Scenario Outline: A slot search with a defective token (<defect>) is refused
    Given a slot search for a service with free slots
    And the consumer's token has the defect <defect>
    When the consumer searches for slots
    Then the request is refused as unauthorised

    Examples: No usable token
      | defect                |
      | missing-authorization |
      | not-bearer            |
      | garbage-token         |

    @JWT-05
    Examples: A mandatory claim missing or malformed
      | defect                          |
      | missing-iss                     |
      | missing-sub                     |
      | missing-aud                     |
      | missing-exp                     |
      | missing-iat                     |
      | missing-reason_for_request      |
      | missing-requested_scope         |
      | missing-requesting_device       |
      | missing-requesting_organization |
      | org-without-ods-code            |
      | device-not-device               |

    @JWT-09
    Examples: Addressed to another service root
      | defect              |
      | wrong-aud           |
      | aud-with-ssp-prefix |

    @JWT-16
    Examples: A scope that does not fit the operation
      | defect      |
      | wrong-scope |

  @JWT-11 @JWT-22 @must
  Scenario Outline: A token is refused on and after its expiry (<defect>)
    Given a slot search for a service with free slots
    And the token is timed by the provider's clock
    And the consumer's token has the defect <defect>
    When the consumer searches for slots
    Then the request is refused as unauthorised

    Examples:
      | defect      |
      | expired     |
      | expires-now |

  @JWT-11 @must
  Scenario: A token two seconds before its expiry is still accepted
    Given a slot search for a service with free slots
    And the token is timed by the provider's clock
    And the consumer's token expires in 2 seconds
    When the consumer searches for slots
    Then the response is a searchset Bundle

  @JWT-12 @should
  Scenario: A token issued in the future is refused
    Given a slot search for a service with free slots
    And the token is timed by the provider's clock
    And the consumer's token has the defect iat-in-future
    When the consumer searches for slots
    Then the request is refused as unauthorised

  @JWT-19 @must
  Scenario: A token without a requesting practitioner gets the same slots
    Given a slot search for a service with free slots
    When the consumer searches for slots
    And the consumer searches for slots with a token carrying no requesting practitioner
    Then the two searches return the same slots

  @JWT-21 @should
  Scenario: A practitioner carrying only the SDS user id is tolerated
    Given a slot search for a service with free slots
    When the consumer searches for slots
    And the consumer searches for slots with a token carrying a practitioner with only an SDS user id
    Then the two searches return the same slots

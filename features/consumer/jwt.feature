@consumer
Feature: The consumer's bearer token
  Every request to the provider, metadata included, carries an unsigned JWT that the consumer builds
  itself (obligations catalogue, section 2.3). The scenarios judge the recorded requests of the
  consumer under test; one that the traffic never exercised is skipped with the reason.

  Background:
    Given the recorded traffic of the consumer under test

  @JWT-01 @must
  Scenario Outline: Every <interaction> request carries Authorization: Bearer <JWT>
    Then every <interaction> request meets JWT-01

    @CAP-10
    Examples: metadata
      | interaction |
      | metadata    |

    Examples: the other interactions
      | interaction |
      | slot search |
      | booking     |
      | read        |
      | cancel      |

  @JWT-02 @must
  Scenario: The JWT header is {"alg":"none","typ":"JWT"}
    Then the consumer meets JWT-02

  @JWT-03 @must
  Scenario: The signature is empty and the token ends with "."
    Then the consumer meets JWT-03

  @JWT-04 @must
  Scenario: Every mandatory claim is present
    Then the consumer meets JWT-04

  @JWT-06 @must
  Scenario: iss is the consumer's https Spine endpoint URL
    Then the consumer meets JWT-06

  @JWT-07 @must
  Scenario: sub is the user id and equals requesting_practitioner.id
    Then the consumer meets JWT-07

  @JWT-08 @must
  Scenario: aud is the provider service root URL, without the SSP prefix
    Then the consumer meets JWT-08

  @JWT-10 @TIME-06 @must
  Scenario: iat and exp are integer UNIX seconds and exp = iat + 300
    Then the consumer meets JWT-10

  @JWT-14 @must
  Scenario: reason_for_request is "directcare"
    Then the consumer meets JWT-14

  @JWT-15 @must
  Scenario Outline: The requested_scope of every <interaction> request fits the interaction
    Then every <interaction> request meets JWT-15

    @CAP-10
    Examples: metadata
      | interaction |
      | metadata    |

    Examples: slot search
      | interaction |
      | slot search |

    @BOOK-01
    Examples: booking
      | interaction |
      | booking     |

    @READ-01
    Examples: read
      | interaction |
      | read        |

    @CAN-02
    Examples: cancel
      | interaction |
      | cancel      |

  @JWT-17 @must
  Scenario: requesting_device is a minimal Device
    Then the consumer meets JWT-17

  @JWT-18 @must
  Scenario: requesting_organization is a minimal Organization naming the consumer
    Then the consumer meets JWT-18

  @JWT-20 @must
  Scenario: requesting_practitioner is well formed and names a real user, not a fixed system user
    Then the consumer meets JWT-20

  @JWT-25 @should
  Scenario: A fresh token is made for each request
    Then the consumer meets JWT-25

  @JWT-26 @must
  Scenario: The token is within its lifetime when it is sent
    Then the consumer meets JWT-26

@consumer
Feature: Spine Secure Proxy headers and the request envelope
  Every request goes through the Spine Secure Proxy with the standard envelope (obligations catalogue,
  sections 0.3, 2.4, 2.6 and 2.10): Ssp-TraceID, Ssp-From, Ssp-To, Ssp-InteractionID, X-Request-ID,
  and request bodies declared as UTF-8.

  Background:
    Given the recorded traffic of the consumer under test

  @SSP-01 @must
  Scenario: Requests through an SSP-style prefix put exactly one "/" before the provider URL
    Then the consumer meets SSP-01

  @SSP-02 @must
  Scenario Outline: Every <interaction> request carries a unique Ssp-TraceID UUID
    Then every <interaction> request meets SSP-02

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

  @SSP-03 @must
  Scenario Outline: Every <interaction> request names the consumer's ASID in Ssp-From
    Then every <interaction> request meets SSP-03

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

  @SSP-04 @must
  Scenario Outline: Every <interaction> request names the provider's ASID in Ssp-To
    Then every <interaction> request meets SSP-04

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

  @SSP-05 @must
  Scenario Outline: Every <interaction> request names its operation in Ssp-InteractionID
    Then every <interaction> request meets SSP-05

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

  @XTI-01 @must
  Scenario Outline: Every <interaction> request carries an X-Request-ID UUID
    Then every <interaction> request meets XTI-01

    Examples: searches and reads
      | interaction |
      | metadata    |
      | slot search |
      | read        |

    @BOOK-01
    Examples: booking
      | interaction |
      | booking     |

    @CAN-02
    Examples: cancel
      | interaction |
      | cancel      |

  @HTTP-07 @must
  Scenario: Request bodies are declared as charset=utf-8
    Then the consumer meets HTTP-07

  @HTTP-08 @must
  Scenario: The consumer supports gzip
    Then the consumer meets HTTP-08

  @CAP-09 @should
  Scenario: The CapabilityStatement is fetched before the first slot search
    Then the consumer meets CAP-09

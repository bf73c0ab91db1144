@area-http
Feature: Content negotiation and transport headers
  JSON is always served, `_format` overrides Accept, an unsupported format is refused, every body
  is labelled FHIR in UTF-8, gzip is honoured, nothing is cached, and every response carries the
  integrity headers.

  @HTTP-04 @HTTP-01 @must
  Scenario Outline: A request with <format request> is answered in FHIR JSON
    When the consumer asks for the CapabilityStatement with <format request>
    Then the response is FHIR JSON

    Examples:
      | format request                  |
      | no Accept header and no _format |
      | Accept application/fhir+json    |

    @HTTP-02
    Examples: _format wins over Accept
      | format request                                |
      | _format json                                  |
      | _format application/fhir+json                 |
      | Accept application/fhir+xml and _format json |

  @HTTP-05 @ERR-01 @ERR-02 @must
  Scenario Outline: A request for an unsupported format (<format request>) is refused
    When the consumer asks for the CapabilityStatement with <format request>
    Then the request is refused as asking for an unsupported format

    Examples:
      | format request         |
      | Accept application/pdf |
      | _format text/turtle    |

  @HTTP-07 @must
  Scenario Outline: <request> is labelled FHIR JSON in UTF-8
    When the consumer sends <request>
    Then the response states FHIR JSON in UTF-8

    Examples:
      | request                                |
      | a request for the CapabilityStatement  |
      | a slot search                          |
      | a slot search for an unknown service   |
      | a slot search without a token          |
      | a POST to the Slot endpoint            |

  @HTTP-10 @must
  Scenario Outline: <request> forbids caching
    When the consumer sends <request>
    Then the response forbids caching

    Examples:
      | request                                |
      | a request for the CapabilityStatement  |
      | a slot search                          |
      | a slot search for an unknown service   |
      | a slot search without a token          |
      | a POST to the Slot endpoint            |

  @HTTP-08 @must
  Scenario Outline: <request> is gzip-encoded when gzip is accepted
    When the consumer sends <request> accepting gzip
    Then the response is gzip-encoded

    Examples:
      | request                               |
      | a request for the CapabilityStatement |
      | a slot search                         |

  @XTI-03 @XTI-04 @must
  Scenario Outline: <request> carries the provider's X-Request-ID and echoes the consumer's
    When the consumer sends <request>
    Then the response carries the integrity headers

    Examples:
      | request                               |
      | a request for the CapabilityStatement |
      | a slot search                         |
      | a slot search without a token         |

  @HTTP-13 @must
  Scenario: An HTTPS target sends HSTS
    Given the target is served over HTTPS
    When the consumer sends a slot search
    Then the response carries Strict-Transport-Security

@consumer
Feature: Retries and transactional integrity
  A retry resends the original request with its X-Request-ID; a request refused with a 4xx is fixed
  before it is sent again; logical ids are used exactly as the provider issued them (obligations
  catalogue, sections 2.6, 2.10 and 2.12).

  Background:
    Given the recorded traffic of the consumer under test

  @XTI-02 @must
  Scenario: A retried POST or PUT keeps its X-Request-ID, and no X-Request-ID is reused for another request
    Then the consumer meets XTI-02

  @ERR-07 @should
  Scenario: A request answered with a 4xx is not resent unchanged
    Then the consumer meets ERR-07

  @HTTP-17 @must
  Scenario: Appointment ids are used verbatim
    Then the consumer meets HTTP-17

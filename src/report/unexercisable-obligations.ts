// Provider MUST obligations that scenarios check but that no purpose-built fault of the mock can
// break in a way those scenarios observe, each with the reason. Every other MUST a scenario checks
// has a fault in the mock's fault catalogue that the suite is shown to catch (the project's
// mutation-score test fails when an obligation is neither broken by a fault nor listed here, or is
// listed here although a fault now breaks it).

export const UNEXERCISABLE_OBLIGATIONS: Readonly<Record<string, string>> = {
  'HTTP-13': 'HSTS is judged only on a target served over TLS; the embedded mock listens on plain HTTP, so its HSTS scenario is skipped and a fault that drops the header would go unseen by design (a TLS target exercises it)',
};

// Cucumber profile of the consumer suite. `npm run consumer-assure` runs these features itself; this
// profile re-runs them over the judgement it wrote, e.g. after editing a feature:
//   npx cucumber-js --config cucumber-consumer.mjs
//   npx cucumber-js --config cucumber-consumer.mjs --world-parameters '{"judgement":"other/judgement.json"}'
// The steps under steps/consumer have their own World: no other suite's steps may be imported with them.
// junit.xml, the coverage and the assurance report are written by `npm run consumer-assure` from the
// run model (src/run-model), not by this profile.
export default {
  paths: ['features/consumer/**/*.feature'],
  import: ['steps/consumer/**/*.ts'],
  format: [
    'progress',
    'html:reports/consumer/cucumber.html',
    'message:reports/consumer/messages.ndjson',
  ],
  worldParameters: { judgement: 'reports/consumer/judgement.json' },
  strict: true,
};

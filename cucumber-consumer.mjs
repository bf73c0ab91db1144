// Cucumber profile of the consumer suite. `npm run consumer-assure` runs these features itself; this
// profile re-runs them over the judgement it wrote, e.g. after editing a feature:
//   npx cucumber-js --config cucumber-consumer.mjs
//   npx cucumber-js --config cucumber-consumer.mjs --world-parameters '{"judgement":"other/judgement.json"}'
// The steps under steps/consumer have their own World: no other suite's steps may be imported with them.
export default {
  paths: ['features/consumer/**/*.feature'],
  import: ['steps/consumer/**/*.ts'],
  format: [
    'progress',
    'html:reports/consumer/cucumber.html',
    'junit:reports/consumer/junit.xml',
    'message:reports/consumer/messages.ndjson',
  ],
  worldParameters: { judgement: 'reports/consumer/judgement.json' },
  strict: true,
};

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseAudience } from './normalise-audience.ts';

test('normaliseAudience folds scheme and host case and one trailing slash, never the path', () => {
  const cases: [string, string][] = [
    ['https://provider.example.nhs.uk/STU3/1/booking', 'https://provider.example.nhs.uk/STU3/1/booking'],
    ['HTTPS://Provider.Example.nhs.uk/STU3/1/booking/', 'https://provider.example.nhs.uk/STU3/1/booking'],
    ['https://Provider.example.nhs.uk:8443/STU3', 'https://provider.example.nhs.uk:8443/STU3'],
    ['https://vpn-client-1292.opentest.hscic.gov.uk/', 'https://vpn-client-1292.opentest.hscic.gov.uk'],
    ['https://h/a//', 'https://h/a/'],
    ['not a url/', 'not a url'],
  ];
  for (const [input, expected] of cases) assert.equal(normaliseAudience(input), expected, input);
});

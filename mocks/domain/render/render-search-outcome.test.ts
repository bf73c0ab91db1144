import { test } from 'node:test';
import assert from 'node:assert/strict';
import { uuidFromString } from '../uuid-from-string.ts';
import { renderSearchOutcome } from './render-search-outcome.ts';

test('renderSearchOutcome: an informational outcome with a stable id derived from the Bundle id (C-06)', () => {
  assert.deepEqual(renderSearchOutcome('bundle-1', 3), {
    resourceType: 'OperationOutcome',
    id: uuidFromString('bundle-1/outcome'),
    meta: { profile: ['http://hl7.org/fhir/StructureDefinition/OperationOutcome'] },
    issue: [{ severity: 'information', code: 'informational', diagnostics: 'No slots are available to this consumer: 3 slot(s) matching the search are released only to other consumers' }],
  });
  assert.deepEqual(renderSearchOutcome('bundle-1', 3), renderSearchOutcome('bundle-1', 3));
  assert.notEqual(renderSearchOutcome('bundle-2', 3).id, renderSearchOutcome('bundle-1', 3).id);
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { JWT_DEFECTS, JWT_DEFECT_NAMES, describeJwtDefect, isJwtDefect } from './jwt-defects.ts';

test('defect names are unique kebab-case words usable in a Cucumber parameter type', () => {
  assert.equal(new Set(JWT_DEFECT_NAMES).size, JWT_DEFECT_NAMES.length);
  for (const name of JWT_DEFECT_NAMES) assert.match(name, /^[a-z0-9_]+(-[a-z0-9_]+)*$/, name);
});

test('every defect has a one-line description and catalogue obligation ids', () => {
  for (const defect of JWT_DEFECTS) {
    assert.ok(defect.description.length > 0 && !defect.description.includes('\n'), defect.name);
    assert.ok(defect.obligations.length > 0, defect.name);
    for (const id of defect.obligations) assert.match(id, /^JWT-\d{2}$/, defect.name);
  }
});

test('isJwtDefect and describeJwtDefect', () => {
  assert.equal(isJwtDefect('expired'), true);
  assert.equal(isJwtDefect('expire'), false);
  assert.deepEqual(describeJwtDefect('expires-now'), {
    name: 'expires-now', description: 'exp = now (expired "on and after" exp)', obligations: ['JWT-11'],
  });
});

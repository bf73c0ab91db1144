import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bindsProvider, isMustLevel, parseObligationsCatalogue } from './parse-obligations-catalogue.ts';

const SAMPLE = [
  '### 2.1 Capability statement (`GET [base]/metadata`)',
  '',
  '| ID | Actor | Level | Obligation | How to test | Source |',
  '|---|---|---|---|---|---|',
  '| CAP-01 | Provider | MUST | Answer `GET [base]/metadata` with `200`. Then more. | Send GET. | NBA |',
  '### 2.10 Content negotiation and HTTP behaviour',
  '| HTTP-07 | Both | MUST | Use UTF-8 (`^application/fhir\\+(json\\|xml)$`) for every body. | x | y |',
  '| SLOT-29 | Provider | SHOULD [contested] | When no slot matches, return a Bundle with no resources. | t | s |',
  '| XTI-01 | Consumer | MUST [contested] | Send an X-Request-ID. | t | s |',
].join('\n');

describe('parseObligationsCatalogue', () => {
  const rows = parseObligationsCatalogue(SAMPLE);
  it('reads id, actor, level, section, the first sentence and the source', () => {
    assert.deepEqual(rows[0], { id: 'CAP-01', actor: 'Provider', level: 'MUST', section: '2.1 Capability statement (GET [base]/metadata)', title: 'Answer GET [base]/metadata with 200.', source: 'NBA' });
  });
  it('keeps escaped pipes inside a cell', () => {
    assert.equal(rows[1].title, 'Use UTF-8 (^application/fhir\\+(json|xml)$) for every body.');
    assert.equal(rows[1].section, '2.10 Content negotiation and HTTP behaviour');
  });
  it('classifies actor and level', () => {
    assert.deepEqual(rows.map((r) => [r.id, bindsProvider(r), isMustLevel(r)]), [
      ['CAP-01', true, true],
      ['HTTP-07', true, true],
      ['SLOT-29', true, false],
      ['XTI-01', false, true],
    ]);
  });
});

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { fakeExchange } from '../assertions/fake-exchange.ts';
import { nextLinkOf, pathUnderRoot } from './follow-search-pages.ts';

const BASE = 'https://provider.example.nhs.uk/STU3/1/careconnect/booking';

describe('following searchset pages (SLOT-31)', () => {
  it('reads the next link of a Bundle that answered 200, and nothing else', () => {
    const bundle = (link: unknown) => ({ resourceType: 'Bundle', type: 'searchset', link });
    assert.equal(nextLinkOf(fakeExchange({ body: bundle([{ relation: 'self', url: `${BASE}/Slot` }, { relation: 'next', url: `${BASE}/Slot?_page=2` }]) })), `${BASE}/Slot?_page=2`);
    assert.equal(nextLinkOf(fakeExchange({ body: bundle([{ relation: 'self', url: `${BASE}/Slot` }]) })), undefined);
    assert.equal(nextLinkOf(fakeExchange({ status: 404, body: bundle([{ relation: 'next', url: `${BASE}/Slot?_page=2` }]) })), undefined);
    assert.equal(nextLinkOf(fakeExchange({ body: { resourceType: 'OperationOutcome', link: [{ relation: 'next', url: 'x' }] } })), undefined);
  });
  it('follows a link under the service root, directly or through the SSP, and no other', () => {
    const ssp = 'https://ssp.example.nhs.uk';
    assert.equal(pathUnderRoot(`${BASE}/Slot?_page=2`, BASE, undefined), '/Slot?_page=2');
    assert.equal(pathUnderRoot(`${ssp}/${BASE}/Slot?_page=2`, BASE, ssp), '/Slot?_page=2');
    assert.equal(pathUnderRoot(`${BASE}/Slot?_page=2`, BASE, 'https://provider.example.nhs.uk'), '/Slot?_page=2');
    assert.equal(pathUnderRoot('https://elsewhere.example.org/Slot?_page=2', BASE, ssp), undefined);
    assert.equal(pathUnderRoot('/Slot?_page=2', BASE, undefined), undefined);
  });
});

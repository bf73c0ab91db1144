// For the tests of searchset transforms (faults and valid variants): the faithful searchset of the
// default fixture for the UTC service over two days from `nowMs`, every include requested.
import assert from 'node:assert/strict';
import { strictProviderConfig } from '../../mocks/domain/provider-config.ts';
import { parseSlotQuery } from '../../mocks/domain/slot-search/parse-slot-query.ts';
import { searchSlots } from '../../mocks/domain/slot-search/search-slots.ts';
import { toSearchsetBundle } from '../../mocks/domain/slot-search/to-searchset-bundle.ts';
import type { ProviderData } from '../../mocks/domain/types.ts';
import { CONSUMER_A1001, SERVICE_UTC } from '../../mocks/fixtures/default-fixture.ts';
import { ProviderStore } from '../../mocks/store/provider-store.ts';
import type { FaultResult } from '../../mocks/faults/fault-behaviour.ts';

export function faithfulSearchset(data: ProviderData, nowMs: number, baseUrl: string): FaultResult {
  const from = new Date(nowMs).toISOString().replace('.000Z', 'Z');
  const to = new Date(nowMs + 2 * 86_400_000).toISOString().replace('.000Z', 'Z');
  const parsed = parseSlotQuery([['service', SERVICE_UTC], ['start', `ge${from}`], ['start', `le${to}`], ['_include', '*']], strictProviderConfig);
  assert.ok(parsed.ok);
  const store = new ProviderStore(data);
  const found = searchSlots(parsed.query, { odsCode: CONSUMER_A1001.odsCode }, store, nowMs, strictProviderConfig);
  assert.ok(found.ok);
  const body = toSearchsetBundle(found.result, parsed.query, store, { baseUrl, selfUrl: `${baseUrl}/Slot`, bundleId: 'b-1', nowIso: new Date(nowMs).toISOString(), config: strictProviderConfig });
  return { status: 200, body: JSON.parse(JSON.stringify(body)) };
}

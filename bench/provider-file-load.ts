// A large provider file: 500 services, 2,000 schedules (four diaries per service) and 1,000,000
// slots. Measured: its load time and retained heap (read, parse, check, expand the diaries in
// local time, index), each next to the same slots built directly as records (the built-in fixture
// path, no file), and slot search latency on it next to a 1,000-slot provider file.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ProviderData, SlotRecord } from '../mocks/domain/types.ts';
import { loadProviderFile } from '../mocks/provider-file/load-provider-file.ts';
import { slotId } from '../mocks/provider-file/slot-id.ts';
import { ProviderStore } from '../mocks/store/provider-store.ts';
import { MockProviderState } from '../mocks/store/mock-provider-state.ts';
import { uuidFromString } from '../mocks/domain/uuid-from-string.ts';
import { buildJwt } from '../src/jwt/build-jwt.ts';
import { timeSearches } from './store-scaling.ts';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const BASE = 'https://bench.mock.test';
const NOW = Date.parse('2026-03-01T00:00:00Z');
const FIRST_DAY = '2026-03-02';
const SLOTS_PER_DAY = 50; // 08:00 to 18:00, 12 minutes each
const SCHEDULES_PER_SERVICE = 4;

interface Shape { readonly services: number; readonly days: number }

function lastDay(days: number): string {
  return new Date(Date.parse(`${FIRST_DAY}T00:00:00Z`) + (days - 1) * 86_400_000).toISOString().slice(0, 10);
}

/** The provider file as YAML: every schedule a diary of `days` days in Europe/London (GMT in March). */
function providerYaml({ services, days }: Shape): string {
  const lines = ['provider: { name: Bench Provider, asid: "918999198738" }', 'consumers: [{ odsCode: A1001, asid: "900000000101" }]', 'services:'];
  for (let s = 0; s < services; s++) lines.push(`  - { id: "${1_000_000 + s}", name: Service ${s} }`);
  lines.push('schedules:');
  for (let s = 0; s < services * SCHEDULES_PER_SERVICE; s++) {
    lines.push(`  - { id: d${s}, diary: { days: [Mon, Tue, Wed, Thu, Fri, Sat, Sun], from: "08:00", to: "18:00", minutes: 12, zone: Europe/London, dates: { from: "${FIRST_DAY}", to: "${lastDay(days)}" } } }`);
  }
  lines.push('mapping:');
  for (let s = 0; s < services * SCHEDULES_PER_SERVICE; s++) lines.push(`  - { service: "${1_000_000 + Math.floor(s / SCHEDULES_PER_SERVICE)}", schedule: d${s} }`);
  return `${lines.join('\n')}\n`;
}

/** The same provider built directly as records, as the built-in fixtures used to be. */
function directData(loaded: ProviderData, { services, days }: Shape): ProviderData {
  const slots: SlotRecord[] = [];
  const dayZero = Date.parse(`${FIRST_DAY}T08:00:00Z`);
  for (let s = 0; s < services * SCHEDULES_PER_SERVICE; s++) {
    for (let d = 0; d < days; d++) {
      for (let n = 0; n < SLOTS_PER_DAY; n++) {
        const startMs = dayZero + d * 86_400_000 + n * 12 * 60_000;
        const id = slotId(`d${s}`, startMs);
        const start = new Date(startMs).toISOString().replace('Z', '+00:00');
        const end = new Date(startMs + 720_000).toISOString().replace('Z', '+00:00');
        slots.push({ id, identifier: uuidFromString(id), scheduleId: `d${s}`, start, startMs, end, endMs: startMs + 720_000, status: 'free', versionId: 1 });
      }
    }
  }
  return { ...loaded, slots };
}

function measure<T>(build: () => T): { value: T; ms: number; heapMb: number } {
  gc();
  const before = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const value = build();
  const ms = performance.now() - t0;
  gc();
  return { value, ms, heapMb: (process.memoryUsage().heapUsed - before) / 1e6 };
}

async function search(data: ProviderData | string): Promise<{ p50Ms: number; resultSlots: number }> {
  const state = new MockProviderState({ baseUrl: BASE, nowMs: NOW, ...(typeof data === 'string' ? { provider: data } : { fixture: data }) });
  const authorization = buildJwt({ audience: BASE, scope: 'organization/slot.read', nowSec: Math.floor(NOW / 1000), odsCode: 'A1001' }).authorization ?? '';
  // One hour of the first service's four diaries: 5 slots each.
  const url = `${BASE}/Slot?service=1000000&start=ge2026-03-03T10:00:00Z&start=lt2026-03-03T11:00:00Z`;
  return timeSearches(state, url, authorization, 200);
}

export interface ProviderFileBench {
  /** Slots loaded from the large file. */
  readonly slots: number;
  readonly file: { readonly ms: number; readonly heapMb: number; readonly bytes: number };
  readonly direct: { readonly ms: number; readonly heapMb: number };
  readonly searchLarge: { readonly p50Ms: number; readonly resultSlots: number };
  readonly searchSmall: { readonly p50Ms: number; readonly resultSlots: number };
}

export async function measureProviderFileLoad(): Promise<ProviderFileBench> {
  const dir = mkdtempSync(join(tmpdir(), 'provider-bench-'));
  try {
    const large: Shape = { services: 500, days: 10 };
    const small: Shape = { services: 1, days: 5 };
    const [largeFile, smallFile] = [join(dir, 'large.provider.yaml'), join(dir, 'small.provider.yaml')];
    const yaml = providerYaml(large);
    writeFileSync(largeFile, yaml);
    writeFileSync(smallFile, providerYaml(small));
    const file = measure(() => new ProviderStore(loadProviderFile(largeFile).build(NOW)));
    const loaded = file.value.data;
    file.value.load({ ...loaded, slots: [] });
    const direct = measure(() => new ProviderStore(directData(loaded, large)));
    direct.value.load({ ...loaded, slots: [] });
    // Search the mock loaded from each file (the large one loaded again, alone in the heap).
    const searchSmall = await search(smallFile);
    const searchLarge = await search(largeFile);
    return { slots: loaded.slots.length, file: { ms: file.ms, heapMb: file.heapMb, bytes: yaml.length }, direct: { ms: direct.ms, heapMb: direct.heapMb }, searchLarge, searchSmall };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// npm run bench — every ratio is measured side by side in this one run, on this machine.
import { measureBookingThroughput } from './booking-throughput.ts';
import { measureProviderFileLoad } from './provider-file-load.ts';
import { measureReportOpen } from './report-open.ts';
import { measureSlotSearchThroughput } from './slot-search-throughput.ts';
import { measureSearchLatency } from './store-scaling.ts';
import { measureSuiteWallTime } from './suite-wall-time.ts';
import { HEAP_CAP_MB, measureHarReplay } from './har-replay.ts';
import { measureTrafficSoak } from './traffic-soak.ts';

const fmt = (n: number, digits = 2) => n.toLocaleString('en-GB', { maximumFractionDigits: digits });

async function main(): Promise<void> {
  const { mock, raw } = await measureSlotSearchThroughput();
  console.log(`slot search over HTTP: mock ${fmt(mock.perSecond, 0)} req/s (p99 ${fmt(mock.p99Ms)} ms), raw node:http with the same bytes ${fmt(raw.perSecond, 0)} req/s → mock/raw ratio ${fmt(mock.perSecond / raw.perSecond)}`);

  const small = await measureSearchLatency(1_000);
  const large = await measureSearchLatency(1_000_000);
  if (small.resultSlots !== large.resultSlots) throw new Error(`result sizes differ: ${small.resultSlots} vs ${large.resultSlots}`);
  console.log(`slot search latency, ${small.resultSlots} slots returned: 1,000 slots in store p50 ${fmt(small.p50Ms, 3)} ms, 1,000,000 slots p50 ${fmt(large.p50Ms, 3)} ms → ratio ${fmt(large.p50Ms / small.p50Ms)}`);

  const booking = await measureBookingThroughput(50);
  console.log(`booking with 50 concurrent consumers: ${fmt(booking.perSecond, 0)} bookings/s, p50 ${fmt(booking.p50Ms)} ms, p99 ${fmt(booking.p99Ms)} ms (${booking.requests} bookings, statuses ${JSON.stringify(booking.statuses)}); slot search ran at ${fmt(mock.perSecond, 0)} req/s → booking/search ratio ${fmt(booking.perSecond / mock.perSecond)}`);

  const suite = await measureSuiteWallTime();
  console.log(`provider suite against the embedded mock: ${suite.scenarios} scenarios in ${fmt(suite.suiteMs, 0)} ms warm (${fmt(suite.coldMs, 0)} ms cold, first run in the process); cucumber with ${suite.scenarios} empty scenarios ${fmt(suite.emptyMs, 0)} ms → warm ratio ${fmt(suite.suiteMs / suite.emptyMs)}`);

  const provider = await measureProviderFileLoad();
  console.log(`provider file of 500 services, 2,000 schedules, ${fmt(provider.slots, 0)} slots (${fmt(provider.file.bytes / 1e3, 0)} kB YAML): loads in ${fmt(provider.file.ms, 0)} ms, heap ${fmt(provider.file.heapMb, 0)} MB; the same slots built directly ${fmt(provider.direct.ms, 0)} ms, heap ${fmt(provider.direct.heapMb, 0)} MB → time ratio ${fmt(provider.file.ms / provider.direct.ms)}, heap ratio ${fmt(provider.file.heapMb / provider.direct.heapMb)}`);
  console.log(`slot search on that provider file, ${provider.searchLarge.resultSlots} slots returned: p50 ${fmt(provider.searchLarge.p50Ms, 3)} ms; on a 1,000-slot provider file p50 ${fmt(provider.searchSmall.p50Ms, 3)} ms → ratio ${fmt(provider.searchLarge.p50Ms / provider.searchSmall.p50Ms)}`);

  const report = await measureReportOpen();
  console.log(`assurance report, ${report.scenarios} scenarios with evidence: ${fmt(report.htmlBytes / 1e6)} MB, opens in ${fmt(report.openMs, 0)} ms in headless Chromium (target under 1,000 ms → ratio ${fmt(report.openMs / 1000)})`);

  const soak = await measureTrafficSoak();
  console.log(`traffic log soak over HTTP: ${fmt(soak.requests, 0)} requests in ${fmt(soak.seconds, 0)} s, RSS ${soak.rssMB.map((mb) => fmt(mb, 0)).join(' → ')} MB per 10,000; after ${fmt(soak.warmUp, 0)} warm-up requests ${fmt(soak.mbPer10k)} MB per 10,000 requests (goal ≈ 0); log holds ${fmt(soak.trafficMB)} MB`);

  const har = await measureHarReplay(150_000);
  console.log(har.failed !== undefined
    ? `HAR replay, ${fmt(har.entries, 0)} entries (${fmt(har.harMB, 0)} MB): did not finish under the ${HEAP_CAP_MB} MB heap limit (${har.failed})`
    : `HAR replay, ${fmt(har.entries, 0)} entries (${fmt(har.harMB, 0)} MB) under a ${HEAP_CAP_MB} MB heap limit: read ${fmt(har.parseMs / 1000)} s + judged ${fmt(har.judgeMs / 1000)} s = ${fmt((har.parseMs + har.judgeMs) / 1000)} s wall, ${fmt(har.cpuMs / 1000)} s CPU (goal under 60 s); heap after judging ${fmt(har.heapUsedMB, 0)} MB (${fmt(har.retainedMB, 0)} MB retained: the judgement), peak RSS ${fmt(har.maxRssMB, 0)} MB (goal under 1,024 MB); ${fmt(har.findings, 0)} findings, ${fmt(har.passedChecks, 0)} passing checks counted`);
}

await main();

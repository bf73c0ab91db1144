// The pre-flight check before a run against a real endpoint: TLS material, reachability, the TLS
// handshake, the CapabilityStatement in the standard envelope, the clock, the declared data, and
// the skip table. Every request has the target's own deadline, so the doctor never hangs, and it
// stops asking the target as soon as the target cannot be reached.
import { CleanupStack } from '../drivers/cleanup-stack.ts';
import type { DriverContext } from '../drivers/driver-context.ts';
import { createTransport, type HttpTransport } from '../client/create-transport.ts';
import { EvidenceLog } from '../client/evidence-log.ts';
import type { AnsweredExchange, Exchange } from '../client/exchange.ts';
import { TargetClient } from '../client/target-client.ts';
import { createFhirValidator, type FhirValidator } from '../fhir/validate-resource.ts';
import { redactTarget } from '../targets/redact-target.ts';
import type { ResolvedTarget } from '../targets/resolved-target.ts';
import { HarnessDefect } from '../verdict/harness-defect.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import { checkCapability } from './check-capability.ts';
import { checkClockOffset, type ClockFindings } from './check-clock-offset.ts';
import { checkDeclaredData } from './check-declared-data.ts';
import { checkFreeSlots, type FreeSlotFindings } from './check-free-slots.ts';
import { checkTlsMaterial, firstHopUrl } from './check-tls-material.ts';
import { hasFailures, makeCheck, type DoctorCheck, type DoctorReport } from './doctor-report.ts';
import { networkRemedy } from './network-remedy.ts';
import { planScenarioGroups } from './plan-scenario-groups.ts';
import { probeReachability, type LookupHost } from './probe-reachability.ts';
import { HANDSHAKE_TITLE, probeTlsHandshake } from './probe-tls-handshake.ts';

export interface DoctorDeps {
  /** Created from the target's TLS material (and closed) when absent. */
  readonly transport?: HttpTransport;
  /** Created (and closed) when absent. */
  readonly validator?: FhirValidator;
  readonly nowMs?: () => number;
  readonly lookup?: LookupHost;
  /** Checks that ran before the target was loaded (the target file check). */
  readonly earlierChecks?: readonly DoctorCheck[];
  /** Every exchange the doctor sends, for a caller that wants the evidence. */
  readonly record?: (exchange: Exchange) => void;
}

const CAPABILITY_TITLE = 'GET [base]/metadata answers a CapabilityStatement';

/** The metadata exchange, or the failed check when no answer came. */
async function fetchMetadata(ctx: DriverContext, log: EvidenceLog): Promise<{ exchange: AnsweredExchange } | { check: DoctorCheck }> {
  try {
    return { exchange: await ctx.client.send({ interaction: 'metadata', method: 'GET', path: '/metadata', purpose: 'setup', label: 'doctor: read the CapabilityStatement', consumer: ctx.consumer }) };
  } catch (error) {
    if (!(error instanceof InconclusiveError)) throw error;
    // The client records the unanswered exchange with the failure's kind before it throws.
    const kind = log.all().at(-1)?.failure?.kind ?? 'other';
    return { check: makeCheck('capability.fetch', CAPABILITY_TITLE, 'fail', { detail: error.reason, remedy: networkRemedy(kind), obligations: ['CAP-01'] }) };
  }
}

function notRun(reason: string): DoctorCheck[] {
  const rows: readonly [DoctorCheck['id'], string][] = [
    ['capability.fetch', CAPABILITY_TITLE],
    ['clock.offset', 'Clock offset from the provider\'s Date header'],
    ['data.free-slots', 'services.withFreeSlots has a free slot'],
  ];
  return rows.map(([id, title]) => makeCheck(id, title, 'skipped', { detail: `not run: ${reason}` }));
}

interface TargetAnswers {
  readonly clock?: ClockFindings;
  readonly freeSlots?: FreeSlotFindings;
}

/** The HTTP part, in the standard envelope and as the primary consumer; pushes its checks. */
async function askTarget(target: ResolvedTarget, transport: HttpTransport, validator: FhirValidator, deps: DoctorDeps, checks: DoctorCheck[]): Promise<TargetAnswers> {
  const nowMs = deps.nowMs ?? Date.now;
  const primary = target.consumer('primary');
  if (!primary) throw new HarnessDefect('HARNESS_ERROR', 'a loaded target has no primary consumer');
  const log = new EvidenceLog();
  const client = new TargetClient({ target, transport, log, record: (exchange) => deps.record?.(exchange), nowMs });
  const ctx: DriverContext = { target, client, cleanup: new CleanupStack(), consumer: primary, nowMs };
  const metadata = await fetchMetadata(ctx, log);
  if (!('exchange' in metadata)) {
    checks.push(metadata.check, ...notRun('the metadata request got no answer').slice(1));
    return {};
  }
  checks.push(...(await checkCapability(metadata.exchange, validator)).checks);
  const clock = checkClockOffset(metadata.exchange, target.config.admin !== undefined);
  checks.push(clock.check);
  const freeSlots = await checkFreeSlots(ctx);
  checks.push(freeSlots.check, ...(await checkDeclaredData(ctx)));
  return { clock, freeSlots };
}

export async function runDoctor(target: ResolvedTarget, deps: DoctorDeps = {}): Promise<DoctorReport> {
  const nowMs = deps.nowMs ?? Date.now;
  const transport = deps.transport ?? createTransport(target.tls);
  const validator = deps.validator ?? createFhirValidator();
  const timeoutMs = target.limits.timeoutMs;
  const checks: DoctorCheck[] = [...(deps.earlierChecks ?? []), checkTlsMaterial(target.config, target.tls, nowMs())];
  let clock: ClockFindings | undefined;
  let freeSlots: FreeSlotFindings | undefined;
  try {
    const reach = await probeReachability(target.config, timeoutMs, deps.lookup);
    checks.push(...reach.checks);
    const hop = firstHopUrl(target.config);
    const https = hop.protocol === 'https:';
    // Material that cannot make a TLS context fails every request the same way: say it once.
    const unusableTls = https && checks.some((check) => check.id === 'tls.material' && check.status === 'fail');
    if (reach.reachable && https) {
      checks.push(unusableTls ? makeCheck('tls.handshake', HANDSHAKE_TITLE, 'skipped', { detail: 'not tried: the TLS client material is unusable' }) : await probeTlsHandshake(hop, target.tls, timeoutMs, nowMs()));
    }
    if (!reach.reachable || unusableTls) {
      checks.push(...notRun(unusableTls ? 'the TLS client material is unusable' : `${hop.host} cannot be reached`));
    } else {
      ({ clock, freeSlots } = await askTarget(target, transport, validator, deps, checks));
    }
  } finally {
    if (!deps.transport) transport.close();
    if (!deps.validator) await validator.close();
  }
  return {
    target: redactTarget(target.config),
    checkedAt: new Date(nowMs()).toISOString(),
    checks,
    ...(clock?.estimate ? { clockSkew: clock.estimate } : {}),
    scenarioGroups: planScenarioGroups(target, { ...(freeSlots ? { freeSlot: freeSlots.fact } : {}), ...(clock?.risk ? { clockRisk: clock.risk } : {}), clockRead: clock !== undefined }),
    failed: hasFailures(checks),
  };
}

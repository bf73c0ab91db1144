// Whether a certificate can be used now: not yet valid or expired fails (the handshake will be
// refused, SSP-09); expiring within 30 days warns, so a renewal is planned before a run breaks.
import type { CheckStatus } from './doctor-report.ts';

const DAY_MS = 86_400_000;
export const EXPIRY_WARNING_DAYS = 30;

export interface CertificateValidity {
  readonly validFromMs: number;
  readonly validToMs: number;
}

export interface ValidityJudgement {
  readonly status: Extract<CheckStatus, 'ok' | 'warn' | 'fail'>;
  readonly detail: string;
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function judgeCertificateValidity(validity: CertificateValidity, nowMs: number, warnDays: number = EXPIRY_WARNING_DAYS): ValidityJudgement {
  const { validFromMs, validToMs } = validity;
  if (nowMs < validFromMs) return { status: 'fail', detail: `not valid before ${day(validFromMs)}` };
  if (nowMs >= validToMs) return { status: 'fail', detail: `expired on ${day(validToMs)}` };
  const daysLeft = Math.floor((validToMs - nowMs) / DAY_MS);
  if (validToMs - nowMs < warnDays * DAY_MS) return { status: 'warn', detail: `expires in ${daysLeft} day${daysLeft === 1 ? '' : 's'} (${day(validToMs)})` };
  return { status: 'ok', detail: `valid until ${day(validToMs)} (${daysLeft} days)` };
}

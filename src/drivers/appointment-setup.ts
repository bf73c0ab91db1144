// Preconditions of the read and cancel scenarios, set up as a consumer would: a booking of the
// slot, a read of the latest version, a cancel of it. They are setup traffic: when the target does
// not play along, the scenario is inconclusive (its precondition failed), not a failure of the
// obligation it tests — the booking and cancel scenarios judge those.
import type { JsonObject } from '../../mocks/domain/booking/fhir-primitives.ts';
import { readAppointmentAnswer, sentRequestId, type AppointmentAnswer } from '../booking/appointment-answer.ts';
import { appointmentPath, bookRequest, cancelRequest, readRequest, type CancelPlan } from '../booking/appointment-requests.ts';
import type { VersionSeen } from '../booking/cancel-variants.ts';
import type { AnsweredExchange } from '../client/exchange.ts';
import { InconclusiveError } from '../verdict/inconclusive-error.ts';
import { cancelAfterScenario } from './appointment-cleanup.ts';
import type { DriverContext } from './driver-context.ts';

function precondition(what: string, exchange: AnsweredExchange): InconclusiveError {
  return new InconclusiveError('INCONCLUSIVE_PRECONDITION', `could not ${what} to set the scenario up: the target answered ${exchange.response.status}`, { exchangeId: exchange.id });
}

/** The answer as a version, or the precondition failure. */
function versionOf(answer: AppointmentAnswer, exchange: AnsweredExchange, what: string, status: number): VersionSeen & { readonly id: string } {
  if (answer.status !== status || !answer.resource || answer.id === undefined || answer.versionId === undefined) throw precondition(what, exchange);
  return { id: answer.id, resource: answer.resource, versionId: answer.versionId, ...(answer.etag !== undefined ? { etag: answer.etag } : {}) };
}

export interface SetupBooking {
  readonly id: string;
  readonly version: VersionSeen;
  readonly location?: string;
  readonly sent: JsonObject;
  readonly requestId: string;
  readonly exchangeId: string;
}

export async function bookForSetup(ctx: DriverContext, body: JsonObject, slotId: string): Promise<SetupBooking> {
  const what = `book Slot/${slotId}`;
  const exchange = await ctx.client.send({ ...bookRequest(JSON.stringify(body), `setup: ${what}`), purpose: 'setup', consumer: ctx.consumer });
  const answer = cancelAfterScenario(ctx, exchange, ctx.consumer);
  const { id, ...version } = versionOf(answer, exchange, what, 201);
  return { id, version, ...(answer.location !== undefined ? { location: answer.location } : {}), sent: body, requestId: sentRequestId(exchange) ?? '', exchangeId: exchange.id };
}

export async function readForSetup(ctx: DriverContext, id: string): Promise<VersionSeen> {
  const exchange = await ctx.client.send({ ...readRequest(appointmentPath(id), `setup: read Appointment/${id}`), purpose: 'setup', consumer: ctx.consumer });
  const { id: _id, ...version } = versionOf(readAppointmentAnswer(exchange), exchange, `read Appointment/${id}`, 200);
  return version;
}

export interface SetupCancel {
  /** The plan as sent, with the X-Request-ID it carried (CAN-11 repeats it). */
  readonly plan: CancelPlan;
  /** The cancelled version the target answered with. */
  readonly version: VersionSeen;
}

export async function cancelForSetup(ctx: DriverContext, id: string, plan: CancelPlan): Promise<SetupCancel> {
  const exchange = await ctx.client.send({ ...cancelRequest(id, plan, `setup: cancel Appointment/${id}`), purpose: 'setup', consumer: ctx.consumer });
  const { id: _id, ...version } = versionOf(readAppointmentAnswer(exchange), exchange, `cancel Appointment/${id}`, 200);
  return { plan: { ...plan, requestId: sentRequestId(exchange) ?? '' }, version };
}

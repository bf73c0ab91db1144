// Every appointment a scenario creates is cancelled after it, the way a consumer cancels: read the
// latest version, then PUT it back with only the status changed and its version in If-Match. An
// appointment already cancelled is left alone. Failures are reported by the After hook as warnings,
// never as the scenario's verdict.
import { readAppointmentAnswer, type AppointmentAnswer } from '../booking/appointment-answer.ts';
import { appointmentPath, cancelledCopy, cancelRequest, ifMatchFor, readRequest } from '../booking/appointment-requests.ts';
import type { Exchange } from '../client/exchange.ts';
import type { ConsumerIdentity } from '../targets/target-config.ts';
import type { DriverContext } from './driver-context.ts';

export async function cancelAppointment(ctx: DriverContext, id: string, consumer: ConsumerIdentity): Promise<void> {
  const read = await ctx.client.send({ ...readRequest(appointmentPath(id), `cleanup: read Appointment/${id}`), purpose: 'setup', consumer });
  const current = readAppointmentAnswer(read);
  if (current.status !== 200 || !current.resource || current.versionId === undefined) {
    throw new Error(`reading Appointment/${id} answered ${current.status}${current.resource ? ' without a version' : ''} (exchange ${read.id})`);
  }
  if (current.resource.status === 'cancelled') return;
  const plan = { body: JSON.stringify(cancelledCopy(current.resource)), ifMatch: ifMatchFor(current.etag, current.versionId) };
  const put = await ctx.client.send({ ...cancelRequest(id, plan, `cleanup: cancel Appointment/${id}`), purpose: 'setup', consumer });
  // Any 2xx did the cancel; whether it was the right 2xx is CAN-03's business, not the cleanup's.
  if (put.response.status < 200 || put.response.status > 299) throw new Error(`cancelling Appointment/${id} answered ${put.response.status} (exchange ${put.id})`);
}

/** Registers the cancel of whatever a booking request created (any 2xx answer). */
export function cancelAfterScenario(ctx: DriverContext, exchange: Exchange, consumer: ConsumerIdentity): AppointmentAnswer {
  const answer = readAppointmentAnswer(exchange);
  if (answer.status < 200 || answer.status > 299) return answer;
  const id = answer.id;
  ctx.cleanup.defer(`cancel Appointment/${id ?? '(no id)'} booked in ${exchange.id}`, () => (id === undefined
    ? Promise.reject(new Error(`the booking was answered ${answer.status} but named no appointment id, so it cannot be cancelled`))
    : cancelAppointment(ctx, id, consumer)));
  return answer;
}

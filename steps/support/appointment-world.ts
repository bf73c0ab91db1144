// The booking World plus reads and version-aware cancels of "that appointment": every cancel reads
// the latest version first (as setup) and puts it back with only the status changed (CAN-01),
// unless the scenario asks for one of the named ways to get it wrong.
import { appointmentReadPath, type AppointmentRead, type AppointmentVersionName, type ReadBasis } from '../../src/booking/appointment-reads.ts';
import { appointmentPath, cancelRequest, readRequest } from '../../src/booking/appointment-requests.ts';
import { sentRequestId } from '../../src/booking/appointment-answer.ts';
import { planCancel, type CancelBasis, type CancelVariant, type VersionSeen } from '../../src/booking/cancel-variants.ts';
import type { AnsweredExchange } from '../../src/client/exchange.ts';
import type { RequestSpec } from '../../src/client/target-client.ts';
import { cancelForSetup, readForSetup } from '../../src/drivers/appointment-setup.ts';
import { resolveConsumer, type ConsumerPhrase } from '../../src/drivers/consumer-roles.ts';
import { PatientSearchState } from '../../src/drivers/patient-search-state.ts';
import { BookingWorld, LABELS } from './booking-world.ts';

const LABELS_BY_OTHERS = { read: 'read by another organisation', cancel: 'cancel by another organisation' } as const;

type Encode = <T extends Pick<RequestSpec, 'label'> & Partial<Pick<RequestSpec, 'headers' | 'body'>>>(request: T) => T;

export class AppointmentWorld extends BookingWorld {
  /** REG-01..06: the test patient a patient appointment search scenario booked for. */
  readonly patients = new PatientSearchState();

  // Arrange

  async arrangeCancel(): Promise<void> {
    const basis = await this.cancelBasis();
    const { plan, version } = await cancelForSetup(this, this.appointments.booked.id, planCancel('as read', basis));
    this.appointments.recordCancel(plan, basis.current);
    this.appointments.recordCancelled(version);
  }

  // Act

  /** `encode` may change how the request is sent (e.g. in FHIR XML), never what it asks. */
  async read(name: AppointmentRead, encode: Encode = (request) => request): Promise<AnsweredExchange> {
    const booked = this.appointments.booked;
    const basis: ReadBasis = { id: booked.id, ...(booked.location !== undefined ? { location: booked.location } : {}) };
    return this.check(encode(readRequest(appointmentReadPath(name, basis), LABELS.read)));
  }

  async readVersion(name: AppointmentVersionName): Promise<AnsweredExchange> {
    return this.check(readRequest(appointmentPath(this.appointments.booked.id, this.versionNamed(name).versionId), name));
  }

  versionNamed(name: AppointmentVersionName): VersionSeen {
    return name === 'the booked version' ? this.appointments.booked.version : this.appointments.cancelled;
  }

  /** CAN-01: the latest version is read (as setup) right before every cancel. */
  async cancelBasis(): Promise<CancelBasis> {
    const { id, version } = this.appointments.booked;
    const previous = this.appointments.lastCancel;
    return { current: await readForSetup(this, id), booked: version, ...(previous ? { previous } : {}) };
  }

  async cancel(variant: CancelVariant = 'as read', encode: Encode = (request) => request): Promise<AnsweredExchange> {
    const basis = await this.cancelBasis();
    const plan = planCancel(variant, basis);
    const exchange = await this.check(encode(cancelRequest(this.appointments.booked.id, plan, LABELS.cancel)));
    this.appointments.recordCancel({ ...plan, requestId: sentRequestId(exchange) ?? '' }, basis.current);
    return exchange;
  }

  /** JWT-23: a read of the appointment (or of its booked version) by another consumer organisation. */
  async readAs(phrase: ConsumerPhrase, version?: AppointmentVersionName): Promise<AnsweredExchange> {
    const path = appointmentPath(this.appointments.booked.id, version === undefined ? undefined : this.versionNamed(version).versionId);
    return this.check({ ...readRequest(path, LABELS_BY_OTHERS.read), consumer: resolveConsumer(this.target, phrase) });
  }

  /** JWT-23: a well-formed cancel, made from the owner's read, sent by another consumer organisation. */
  async cancelAs(phrase: ConsumerPhrase): Promise<AnsweredExchange> {
    const plan = planCancel('as read', await this.cancelBasis());
    return this.check({ ...cancelRequest(this.appointments.booked.id, plan, LABELS_BY_OTHERS.cancel), consumer: resolveConsumer(this.target, phrase) });
  }

  /** CAN-07 race: N cancels at once, all made from one read (so all but one are stale). */
  async cancelConcurrently(): Promise<void> {
    const basis = await this.cancelBasis();
    const plan = planCancel('as read', basis);
    this.appointments.recordCancel(plan, basis.current);
    await this.sendConcurrently(() => this.check(cancelRequest(this.appointments.booked.id, plan, 'concurrent cancel')));
  }
}

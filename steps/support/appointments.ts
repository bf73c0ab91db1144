// Reads and version-aware cancels of "that appointment": every cancel reads the latest version
// first (as setup) and puts it back with only the status changed (CAN-01), unless the scenario
// asks for one of the named ways to get it wrong; reads and cancels by another organisation (JWT-23).
import { appointmentReadPath, type AppointmentRead, type AppointmentVersionName, type ReadBasis } from '../../src/booking/appointment-reads.ts';
import { appointmentPath, cancelRequest, readRequest } from '../../src/booking/appointment-requests.ts';
import { sentRequestId } from '../../src/booking/appointment-answer.ts';
import { planCancel, type CancelBasis, type CancelVariant, type VersionSeen } from '../../src/booking/cancel-variants.ts';
import type { AnsweredExchange } from '../../src/client/exchange.ts';
import type { RequestSpec } from '../../src/client/target-client.ts';
import { cancelForSetup, readForSetup } from '../../src/drivers/appointment-setup.ts';
import type { AppointmentState, BookedAppointment } from '../../src/drivers/appointment-state.ts';
import { resolveConsumer, type ConsumerPhrase } from '../../src/drivers/consumer-roles.ts';
import type { Bookings } from './bookings.ts';
import { LABELS } from './labels.ts';
import type { ScenarioContext } from './scenario-context.ts';

const LABELS_BY_OTHERS = { read: 'read by another organisation', cancel: 'cancel by another organisation' } as const;

type Encode = <T extends Pick<RequestSpec, 'label'> & Partial<Pick<RequestSpec, 'headers' | 'body'>>>(request: T) => T;

export class Appointments {
  readonly #context: ScenarioContext;
  readonly #state: AppointmentState;
  readonly #bookings: Bookings;

  constructor(context: ScenarioContext, state: AppointmentState, bookings: Bookings) {
    this.#context = context;
    this.#state = state;
    this.#bookings = bookings;
  }

  /** "That appointment": the latest booking that succeeded. */
  get booked(): BookedAppointment {
    return this.#state.booked;
  }

  /** The version a set-up cancel created (READ-03 reads it back; CAN-11 expects it replayed). */
  get cancelled(): VersionSeen {
    return this.#state.cancelled;
  }

  /** The version the last cancel was made from (CAN-03 compares the new version with it). */
  get cancelledFrom(): VersionSeen {
    return this.#state.cancelledFrom;
  }

  versionNamed(name: AppointmentVersionName): VersionSeen {
    return name === 'the booked version' ? this.#state.booked.version : this.#state.cancelled;
  }

  // Arrange

  async arrangeCancel(): Promise<void> {
    const basis = await this.#cancelBasis();
    const { plan, version } = await cancelForSetup(this.#context, this.#state.booked.id, planCancel('as read', basis));
    this.#state.recordCancel(plan, basis.current);
    this.#state.recordCancelled(version);
  }

  // Act

  /** `encode` may change how the request is sent (e.g. in FHIR XML), never what it asks. */
  async read(name: AppointmentRead, encode: Encode = (request) => request): Promise<AnsweredExchange> {
    const booked = this.#state.booked;
    const basis: ReadBasis = { id: booked.id, ...(booked.location !== undefined ? { location: booked.location } : {}) };
    return this.#context.exchanges.check(encode(readRequest(appointmentReadPath(name, basis), LABELS.read)));
  }

  async readVersion(name: AppointmentVersionName): Promise<AnsweredExchange> {
    return this.#context.exchanges.check(readRequest(appointmentPath(this.#state.booked.id, this.versionNamed(name).versionId), name));
  }

  /** CAN-01: the latest version is read (as setup) right before every cancel. */
  async #cancelBasis(): Promise<CancelBasis> {
    const { id, version } = this.#state.booked;
    const previous = this.#state.lastCancel;
    return { current: await readForSetup(this.#context, id), booked: version, ...(previous ? { previous } : {}) };
  }

  async cancel(variant: CancelVariant = 'as read', encode: Encode = (request) => request): Promise<AnsweredExchange> {
    const basis = await this.#cancelBasis();
    const plan = planCancel(variant, basis);
    const exchange = await this.#context.exchanges.check(encode(cancelRequest(this.#state.booked.id, plan, LABELS.cancel)));
    this.#state.recordCancel({ ...plan, requestId: sentRequestId(exchange) ?? '' }, basis.current);
    return exchange;
  }

  /** JWT-23: a read of the appointment (or of its booked version) by another consumer organisation. */
  async readAs(phrase: ConsumerPhrase, version?: AppointmentVersionName): Promise<AnsweredExchange> {
    const path = appointmentPath(this.#state.booked.id, version === undefined ? undefined : this.versionNamed(version).versionId);
    return this.#context.exchanges.check({ ...readRequest(path, LABELS_BY_OTHERS.read), consumer: resolveConsumer(this.#context.target, phrase) });
  }

  /** JWT-23: a well-formed cancel, made from the owner's read, sent by another consumer organisation. */
  async cancelAs(phrase: ConsumerPhrase): Promise<AnsweredExchange> {
    const plan = planCancel('as read', await this.#cancelBasis());
    return this.#context.exchanges.check({ ...cancelRequest(this.#state.booked.id, plan, LABELS_BY_OTHERS.cancel), consumer: resolveConsumer(this.#context.target, phrase) });
  }

  /** CAN-07 race: N cancels at once, all made from one read (so all but one are stale). */
  async cancelConcurrently(): Promise<void> {
    const basis = await this.#cancelBasis();
    const plan = planCancel('as read', basis);
    this.#state.recordCancel(plan, basis.current);
    await this.#bookings.sendConcurrently(() => this.#context.exchanges.check(cancelRequest(this.#state.booked.id, plan, 'concurrent cancel')));
  }
}

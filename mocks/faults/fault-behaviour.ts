// What one purpose-built fault does, at the points where the handler layer lets a fault act: the
// request as received, an early refusal, the section-3 switches, the slot search's view and query,
// the interaction's answer, and the response on the wire. The pure rules never see a fault: each
// fault changes what goes into them or what comes out of them.
import type { Interaction } from '../../spec/interactions.ts';
import type { Problem } from '../domain/problem.ts';
import type { ProviderConfig } from '../domain/provider-config.ts';
import type { ProviderView } from '../domain/provider-view.ts';
import type { SlotQuery } from '../domain/slot-search/slot-query.ts';
import type { ProviderData } from '../domain/types.ts';
import type { SlotLedger } from '../domain/slot-ledger.ts';

/** What a fault may know about the request it acts on. */
export interface FaultContext {
  /** Undefined for answers outside the interactions (unknown path, wrong verb). */
  readonly interaction: Interaction | undefined;
  readonly method: string;
  /** The request URL as received. */
  readonly url: string;
  /** The provider's service root URL (also the JWT `aud` it expects). */
  readonly baseUrl: string;
  readonly nowMs: number;
  readonly data: ProviderData;
  /** The current version of a stored appointment (read only). */
  currentAppointment(id: string): { readonly versionId: string; readonly resource: Readonly<Record<string, unknown>> } | undefined;
}

/** An interaction's answer before it is put on the wire (the same shape the handlers build). */
export interface FaultResult {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A response as it goes on the wire: the body is the exact text sent (null: no body). */
export interface WireResponse {
  readonly status: number;
  readonly headers: Headers;
  readonly body: string | null;
}

/** Switches of the node:http adapter. */
export interface TransportSwitches {
  /** Answer `Accept-Encoding: gzip` with a gzip body (HTTP-08). */
  readonly gzip: boolean;
  /** Serve `/<service root URL>/<path>`, the SSP-style prefix (SSP-06). */
  readonly sspPrefix: boolean;
  /** Read request bodies sent with `Transfer-Encoding: chunked` (HTTP-09). */
  readonly chunkedRequests: boolean;
  /** Also gzip the response to a request with no Accept-Encoding at all (RFC 7231: any coding is then acceptable). */
  readonly gzipUnasked: boolean;
}

export interface FaultBehaviour {
  /** The request as the faulty provider reads it (a query, header or body it misreads or ignores). */
  readonly request?: (request: Request, ctx: FaultContext) => Request | Promise<Request>;
  /** A refusal the faithful provider would not give. */
  readonly refuse?: (request: Request, ctx: FaultContext) => Problem | undefined | Promise<Problem | undefined>;
  readonly config?: (config: ProviderConfig) => ProviderConfig;
  /** The provider data the slot search reads. */
  readonly searchView?: (view: ProviderView, data: ProviderData) => ProviderView;
  readonly query?: (query: SlotQuery) => SlotQuery;
  /** The provider data the booking and cancel rules read and whose slot statuses they change. */
  readonly bookingLedger?: (ledger: SlotLedger, ctx: FaultContext) => SlotLedger;
  /** The id a new appointment gets, given the booking body (`assign` is the faithful choice). */
  readonly appointmentId?: (body: unknown, assign: () => string) => () => string;
  /** A refusal answered differently (another problem, or a result instead). */
  readonly problem?: (problem: Problem, ctx: FaultContext) => Problem | FaultResult;
  /** Any answer (a rendered refusal included) before it is serialised. */
  readonly result?: (result: FaultResult, ctx: FaultContext) => FaultResult;
  readonly wire?: (response: WireResponse, ctx: FaultContext) => WireResponse;
  readonly transport?: Partial<TransportSwitches>;
}

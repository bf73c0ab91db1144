// The parts of HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/) the consumer judge writes and
// reads. Custom fields start with "_" as the spec allows: `_seq` keeps the recording's exchange
// numbers, `log._bookingAssurance` the provider facts the verdict was computed against, and
// `response._fate` what became of the provider's answer: an answer the consumer never received is
// written as status 0 (as browsers record a failed request) with the decided answer in `_decided`.
import type { ExchangeFate } from '../../mocks/domain/judge/exchange-record.ts';
import type { KnownConsumer } from '../../mocks/domain/judge/judge-context.ts';

export interface HarNameValue {
  readonly name: string;
  readonly value: string;
}

export type HarContent = { readonly size: number; readonly mimeType: string; readonly text?: string; readonly encoding?: string };

/** The answer the provider decided but the consumer never received. */
export interface HarDecidedResponse {
  readonly status: number;
  readonly headers: readonly HarNameValue[];
  readonly content: HarContent;
}

export interface HarEntry {
  readonly startedDateTime: string;
  readonly time: number;
  readonly request: {
    readonly method: string;
    readonly url: string;
    readonly httpVersion: string;
    readonly cookies: readonly HarNameValue[];
    readonly headers: readonly HarNameValue[];
    readonly queryString: readonly HarNameValue[];
    readonly postData?: { readonly mimeType: string; readonly text: string };
    readonly headersSize: number;
    readonly bodySize: number;
  };
  readonly response: {
    readonly status: number;
    readonly statusText: string;
    readonly httpVersion: string;
    readonly cookies: readonly HarNameValue[];
    readonly headers: readonly HarNameValue[];
    readonly content: HarContent;
    readonly redirectURL: string;
    readonly headersSize: number;
    readonly bodySize: number;
    readonly _fate?: ExchangeFate;
    /** Why no answer arrived (the field browsers use for failed requests). */
    readonly _error?: string;
    readonly _decided?: HarDecidedResponse;
  };
  readonly cache: Record<string, never>;
  readonly timings: { readonly send: number; readonly wait: number; readonly receive: number };
  readonly _seq?: number;
  /** Bodies cut at the recording's byte budget: their full sizes. */
  readonly _truncated?: { readonly requestBodyBytes?: number; readonly responseBodyBytes?: number };
}

/** The provider facts a recording was made against, so a replay judges it the same way. */
export interface HarProviderFacts {
  readonly baseUrl: string;
  /** Absent when a replay does not know it (no identities given): SSP-04 then judges only the form. */
  readonly providerAsid?: string;
  readonly consumers: readonly KnownConsumer[];
  readonly serviceIds: readonly string[];
  readonly acceptedSlotInteractionIds: readonly string[];
}

export interface Har {
  readonly log: {
    readonly version: '1.2';
    readonly creator: { readonly name: string; readonly version: string };
    readonly entries: readonly HarEntry[];
    readonly _bookingAssurance?: HarProviderFacts;
  };
}

// One recorded HTTP exchange: the evidence every verdict points at (by `id`). Bodies are kept
// decoded (gzip undone) with the wire facts beside them, so transport checks (HTTP-07, HTTP-08)
// and content checks read the same record.

/** `check`: a request a scenario asserts on. `setup`: a driver's request (finding data, admin calls). */
export type ExchangePurpose = 'check' | 'setup';

export type NetworkFailureKind = 'timeout' | 'reset' | 'refused' | 'dns' | 'tls' | 'protocol' | 'other';

/** Why a body that arrived cannot be read. Both are the target's doing (SLOT-25, HTTP-08). */
export type BodyProblem =
  | { readonly kind: 'too-large'; readonly limitBytes: number }
  | { readonly kind: 'undecodable'; readonly encoding: string; readonly message: string };

export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  /** As sent, with secrets redacted (see redact-headers). */
  readonly headers: Readonly<Record<string, string>>;
  readonly body?: string;
}

export interface RecordedResponse {
  readonly status: number;
  readonly statusText: string;
  /** Lower-case names; repeated headers joined with ", ". */
  readonly headers: Readonly<Record<string, string>>;
  /** The body after Content-Encoding was undone, as UTF-8 text ('' when empty or unreadable). */
  readonly bodyText: string;
  /** Bytes on the wire (before decompression). */
  readonly wireBytes: number;
  /** False when the decoded bytes are not valid UTF-8 (HTTP-07). */
  readonly utf8: boolean;
  readonly bodyProblem?: BodyProblem;
}

export interface NetworkFailure {
  readonly kind: NetworkFailureKind;
  readonly message: string;
}

export interface DecodedToken {
  readonly header: unknown;
  readonly claims: unknown;
}

export interface Exchange {
  readonly id: string;
  readonly purpose: ExchangePurpose;
  /** What the request was for, in scenario words (e.g. "search as the restricted consumer"). */
  readonly label: string;
  readonly startedAt: string;
  readonly durationMs: number;
  readonly request: RecordedRequest;
  readonly response?: RecordedResponse;
  readonly failure?: NetworkFailure;
  /** The Authorization token decoded for evidence (tokens are unsigned, JWT-02/03). */
  readonly token?: DecodedToken;
}

/** An exchange that got an HTTP response (network failures never reach assertions). */
export type AnsweredExchange = Exchange & { readonly response: RecordedResponse };

// The JSON attached to the report for one exchange: request, response, timing and the decoded token.
// Bodies are cut at a size a browser can show; the full body stays in memory for the checks.
import type { Exchange } from './exchange.ts';

export const EVIDENCE_BODY_CHARS = 100_000;

function cut(text: string): string {
  return text.length > EVIDENCE_BODY_CHARS ? `${text.slice(0, EVIDENCE_BODY_CHARS)}… [${text.length - EVIDENCE_BODY_CHARS} more characters not shown]` : text;
}

function bodyValue(text: string): unknown {
  try {
    return text === '' ? undefined : JSON.parse(text);
  } catch {
    return cut(text);
  }
}

export function toEvidence(exchange: Exchange): Record<string, unknown> {
  const { response } = exchange;
  return {
    exchange: exchange.id,
    purpose: exchange.purpose,
    label: exchange.label,
    startedAt: exchange.startedAt,
    durationMs: exchange.durationMs,
    request: {
      method: exchange.request.method,
      url: exchange.request.url,
      headers: exchange.request.headers,
      ...(exchange.request.body !== undefined ? { body: bodyValue(exchange.request.body) } : {}),
    },
    ...(exchange.token ? { token: exchange.token } : {}),
    ...(response
      ? {
          response: {
            status: response.status,
            headers: response.headers,
            wireBytes: response.wireBytes,
            ...(response.bodyProblem ? { bodyProblem: response.bodyProblem } : {}),
            ...(response.utf8 ? {} : { utf8: false }),
            body: response.bodyText.length > EVIDENCE_BODY_CHARS ? cut(response.bodyText) : bodyValue(response.bodyText),
          },
        }
      : {}),
    ...(exchange.failure ? { failure: exchange.failure } : {}),
  };
}

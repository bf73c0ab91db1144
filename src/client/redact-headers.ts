// Evidence must never carry secrets. Booking API tokens are unsigned (JWT-03) and are shown as
// sent; a signature segment, if a token ever has one, is masked, as is any other credential.
const SECRET_HEADERS = new Set(['cookie', 'proxy-authorization', 'x-api-key', 'x-admin-token']);

function redactAuthorization(value: string): string {
  const match = /^(Bearer\s+)([^.]*)\.([^.]*)\.(.+)$/i.exec(value);
  return match ? `${match[1]}${match[2]}.${match[3]}.[signature redacted]` : value;
}

export function redactHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (SECRET_HEADERS.has(lower)) out[name] = '[redacted]';
    else if (lower === 'authorization') out[name] = redactAuthorization(value);
    else out[name] = value;
  }
  return out;
}

// The provider service root URL of a recording captured outside the mock (no `_bookingAssurance`
// facts): the part of each request URL before the Booking API path (`/metadata`, `/Slot`,
// `/Appointment…`), looking through an SSP-style prefix (`https://ssp/https://provider/base/Slot`).
// The most frequent candidate wins; ties go to the first seen.
const API_PATH = /\/(?:metadata|Slot|Appointment)(?:[/?#]|$)/;

function candidateOf(url: string): string | undefined {
  const embedded = /^[a-z][a-z0-9+.-]*:\/\/[^/]*\/+(https?:\/\/.*)$/i.exec(url);
  const target = embedded ? embedded[1] : url;
  const match = API_PATH.exec(target);
  return match === null ? undefined : target.slice(0, match.index);
}

export function inferBaseUrl(urls: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const url of urls) {
    const candidate = candidateOf(url);
    if (candidate !== undefined) counts.set(candidate, (counts.get(candidate) ?? 0) + 1);
  }
  let best: [string, number] | undefined;
  for (const entry of counts) if (best === undefined || entry[1] > best[1]) best = entry;
  return best?.[0];
}

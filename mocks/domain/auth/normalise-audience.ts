// C-31 (lenient `audNormalise`): SDS examples show the service root URL with a trailing "/" and
// scheme/host case is not significant in URLs, but the path is (HTTP-14), so only those are folded.
const URL_PARTS = /^([A-Za-z][A-Za-z0-9+.-]*:\/\/)([^/?#]*)(.*)$/s;

export function normaliseAudience(url: string): string {
  const parts = URL_PARTS.exec(url);
  const folded = parts ? `${parts[1].toLowerCase()}${parts[2].toLowerCase()}${parts[3]}` : url;
  return folded.endsWith('/') ? folded.slice(0, -1) : folded;
}

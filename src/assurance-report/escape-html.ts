// Everything the target sends is hostile input: response bodies, headers, status texts and even
// the target's name reach the page only through this function, in text or quoted attributes.
const ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => ENTITIES[char]);
}

/** For element content only (`<pre>` bodies): quotes need no escaping there, and JSON is full of them. */
export function escapeText(value: unknown): string {
  return String(value).replace(/[&<>]/g, (char) => ENTITIES[char]);
}

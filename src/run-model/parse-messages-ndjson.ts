// Reads a cucumber `message` formatter file (one envelope per line) back into envelopes.
import type { Envelope } from '@cucumber/messages';

/** Blank lines are tolerated; anything else that is not JSON is an error naming the line. */
export function parseMessagesNdjson(text: string): Envelope[] {
  const envelopes: Envelope[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    try {
      envelopes.push(JSON.parse(line) as Envelope);
    } catch (error) {
      throw new Error(`messages line ${index + 1} is not JSON: ${(error as Error).message}`);
    }
  });
  return envelopes;
}

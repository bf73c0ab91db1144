// Reads the obligation rows out of the obligations catalogue (Markdown tables whose first column
// is an id such as `SLOT-07`). Pure: text in, rows out. Escaped pipes (`\|`) stay inside a cell.
import { classifyLevel } from './classify-level.ts';

export interface ObligationRow {
  readonly id: string;
  readonly actor: string;
  /** As written, e.g. `MUST [contested]`, `SHOULD (PAT: must)`, `MUST / SHOULD`. */
  readonly level: string;
  /** The catalogue section the row sits in, e.g. `2.2 Slot search`. */
  readonly section: string;
  /** The obligation text, shortened to its first sentence. */
  readonly title: string;
  /** The catalogue's Source column: page keys and the SCAL ids (PAT P1…P42, CAT C1…C31) it cites. */
  readonly source: string;
}

const ROW = /^\|\s*([A-Z]+-\d{2,})\s*\|/;
const SECTION = /^###\s+(\d+\.\d+)\s+(.*)$/;

function cells(line: string): string[] {
  return line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim().replaceAll('\\|', '|'));
}

function firstSentence(text: string): string {
  const plain = text.replaceAll('`', '');
  const end = plain.search(/\.(\s|$)/);
  const sentence = end === -1 ? plain : plain.slice(0, end + 1);
  return sentence.length > 200 ? `${sentence.slice(0, 199)}…` : sentence;
}

export function parseObligationsCatalogue(markdown: string): ObligationRow[] {
  const rows: ObligationRow[] = [];
  let section = '';
  for (const line of markdown.split('\n')) {
    const heading = SECTION.exec(line);
    if (heading) section = `${heading[1]} ${heading[2].replaceAll('`', '').trim()}`;
    if (!ROW.test(line)) continue;
    const [id, actor, level, obligation, , source] = cells(line);
    rows.push({ id, actor, level, section, title: firstSentence(obligation ?? ''), source: (source ?? '').replaceAll('`', '') });
  }
  return rows;
}

/** Actors whose obligations bind a provider under test. */
export function bindsProvider(row: Pick<ObligationRow, 'actor'>): boolean {
  return /provider|both/i.test(row.actor);
}

/** MUST-level rows (MUST, MUST NOT, "MUST / SHOULD", "MUST (UEC) / optional (NBA)", …). */
export function isMustLevel(row: Pick<ObligationRow, 'level'>): boolean {
  return classifyLevel(row.level) === 'MUST';
}

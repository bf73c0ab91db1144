// A horizontal stacked bar per area, as inline SVG: the reader sees at a glance where the red is.
// Each segment carries a <title> (hover text) and each row its counts in words, so the chart
// is readable without colour and by a screen reader.
import { escapeHtml } from './escape-html.ts';

export interface ChartSegment {
  readonly key: string;
  readonly label: string;
  readonly count: number;
}

export interface ChartRow {
  readonly key: string;
  readonly label: string;
  readonly segments: readonly ChartSegment[];
}

const LABEL_WIDTH = 190;
const BAR_WIDTH = 300;
const TOTAL_WIDTH = 40;
const ROW_HEIGHT = 24;
const BAR_HEIGHT = 16;

function describe(row: ChartRow): string {
  const parts = row.segments.filter((segment) => segment.count > 0).map((segment) => `${segment.count} ${segment.label.toLowerCase()}`);
  return `${row.label}: ${parts.length > 0 ? parts.join(', ') : 'none'}`;
}

export function renderAreaChart(title: string, rows: readonly ChartRow[]): string {
  const max = Math.max(1, ...rows.map((row) => row.segments.reduce((sum, segment) => sum + segment.count, 0)));
  const width = LABEL_WIDTH + BAR_WIDTH + TOTAL_WIDTH;
  const height = Math.max(1, rows.length) * ROW_HEIGHT + 4;
  const body = rows.map((row, index) => {
    const y = index * ROW_HEIGHT + 2;
    let x = LABEL_WIDTH;
    const rects = row.segments
      .filter((segment) => segment.count > 0)
      .map((segment) => {
        const w = (segment.count / max) * BAR_WIDTH;
        const rect = `<rect class="seg seg-${escapeHtml(segment.key)}" x="${x.toFixed(1)}" y="${y + (ROW_HEIGHT - BAR_HEIGHT) / 2}" width="${Math.max(w, 1).toFixed(1)}" height="${BAR_HEIGHT}"><title>${escapeHtml(`${row.label}: ${segment.count} ${segment.label.toLowerCase()}`)}</title></rect>`;
        x += w;
        return rect;
      })
      .join('');
    const total = row.segments.reduce((sum, segment) => sum + segment.count, 0);
    return (
      `<g class="chart-row" data-area="${escapeHtml(row.key)}"><title>${escapeHtml(describe(row))}</title>` +
      `<text class="chart-label" x="${LABEL_WIDTH - 8}" y="${y + ROW_HEIGHT / 2 + 4}" text-anchor="end">${escapeHtml(row.label)}</text>${rects}` +
      `<text class="chart-total" x="${x + 6}" y="${y + ROW_HEIGHT / 2 + 4}">${total}</text></g>`
    );
  });
  return (
    `<figure class="chart"><figcaption>${escapeHtml(title)}</figcaption>` +
    `<svg role="img" aria-label="${escapeHtml(title)}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}">${body.join('')}</svg></figure>`
  );
}

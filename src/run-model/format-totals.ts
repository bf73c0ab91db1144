// One summary line of counts that says what it counts: "184 scenarios: 170 pass, 2 fail, …" or
// "146 obligations: 120 pass, …", so a line of scenario counts is never read as obligations.
export type CountedThing = 'scenarios' | 'obligations';

export function formatTotals(counted: CountedThing, totals: Readonly<Record<string, number>>, label: (key: string) => string = (key) => key): string {
  const entries = Object.entries(totals);
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  const noun = total === 1 ? counted.slice(0, -1) : counted;
  return `${total} ${noun}: ${entries.map(([key, n]) => `${n} ${label(key)}`).join(', ')}`;
}

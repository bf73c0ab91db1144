// CAP-04 / HTTP-01: each declared format, asked for through `_format` or Accept, comes back in that
// format (judged on the Content-Type essence).
import type { FormatProbe } from '../drivers/probe-declared-formats.ts';
import { fail } from '../verdict/fail.ts';
import { expectedMediaType } from '../fhir/declared-formats.ts';


export function expectFormatsServed(probes: readonly FormatProbe[]): void {
  for (const probe of probes) {
    const wanted = expectedMediaType(probe.format);
    const contentType = probe.exchange.response.headers['content-type'];
    const essence = contentType?.split(';')[0].trim().toLowerCase();
    if (probe.exchange.response.status !== 200 || (wanted !== undefined && essence !== wanted)) {
      fail(probe.exchange, { code: 'FORMAT_NOT_SERVED', obligations: ['CAP-04'], reason: `the declared format ${probe.format}, asked for through ${probe.via}, is not served`, expected: `200 with ${wanted ?? probe.format}`, actual: `${probe.exchange.response.status} with ${contentType ?? 'no Content-Type'}` });
    }
  }
}

// CAP-04: every format the CapabilityStatement lists must actually be served, asked for through
// `_format` and through Accept. One request per format and way of asking.
import type { AnsweredExchange } from '../client/exchange.ts';
import type { DriverContext } from './driver-context.ts';
import { withQueryParam } from './format-requests.ts';

export interface FormatProbe {
  readonly format: string;
  readonly via: '_format' | 'Accept';
  readonly exchange: AnsweredExchange;
}

export async function probeDeclaredFormats(ctx: DriverContext, formats: readonly string[]): Promise<FormatProbe[]> {
  const probes: FormatProbe[] = [];
  for (const format of formats) {
    for (const via of ['_format', 'Accept'] as const) {
      const exchange = await ctx.client.send({
        interaction: 'metadata',
        method: 'GET',
        path: via === '_format' ? withQueryParam('/metadata', '_format', format) : '/metadata',
        headers: via === 'Accept' ? { Accept: format } : {},
        purpose: 'check',
        label: `metadata with ${via} ${format}`,
        consumer: ctx.consumer,
      });
      probes.push({ format, via, exchange });
    }
  }
  return probes;
}

// The built-in target of a mock playing valid variants (mocks/variants): the default description,
// with what each variant declares laid over it the way a supplier making that choice would write
// its target file: its section-3 alternatives under `lenient`, what it holds under `oracle.holds`,
// and the oracle's schedule ids in the provider's own id scheme.
import { declarationOf, type MockVariant, type VariantDeclaration } from '../../mocks/variants/mock-variant.ts';
import { renameId, type IdScheme } from '../../mocks/variants/rename-ids.ts';
import type { LenientConfig } from './conformance-policy.ts';
import type { TargetConfig, TargetOracle } from './target-config.ts';

function mergeLenient(base: LenientConfig | undefined, extra: VariantDeclaration['lenient']): LenientConfig | undefined {
  if (!extra) return base;
  const merged: Record<string, Record<string, unknown>> = { ...(base as Record<string, Record<string, unknown>> | undefined) };
  for (const [section, keys] of Object.entries(extra)) merged[section] = { ...merged[section], ...keys };
  return merged as LenientConfig;
}

function renameOracle(oracle: TargetOracle | undefined, scheme: IdScheme): TargetOracle | undefined {
  if (!oracle) return oracle;
  const schedule = (id: string) => renameId(scheme, 'Schedule', id);
  return {
    ...oracle,
    ...(oracle.schedulesByService ? { schedulesByService: Object.fromEntries(Object.entries(oracle.schedulesByService).map(([dosId, ids]) => [dosId, ids.map(schedule)])) } : {}),
    ...(oracle.schedulesWithoutDeliveryChannel ? { schedulesWithoutDeliveryChannel: oracle.schedulesWithoutDeliveryChannel.map(schedule) } : {}),
  };
}

function declare(config: TargetConfig, declaration: VariantDeclaration): TargetConfig {
  const lenient = mergeLenient(config.lenient, declaration.lenient);
  const renamed = declaration.ids ? renameOracle(config.oracle, declaration.ids) : config.oracle;
  const oracle = declaration.holds && renamed ? { ...renamed, holds: declaration.holds } : renamed;
  return { ...config, ...(lenient ? { lenient } : {}), ...(oracle ? { oracle } : {}) };
}

export function describeVariantTarget(config: TargetConfig, variants: readonly MockVariant[]): TargetConfig {
  if (variants.length === 0) return config;
  const declared = variants.reduce<TargetConfig>((out, variant) => {
    const declares = declarationOf(variant);
    return declares ? declare(out, declares) : out;
  }, config);
  return { ...declared, name: `${config.name}, playing ${variants.join(', ')}` };
}

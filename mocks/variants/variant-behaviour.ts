// What one valid variant does: the same hook points a fault has (mocks/faults/fault-behaviour.ts),
// plus the provider data the variant holds, rebuilt from the fixture each time it is loaded. A
// variant is a choice a conformant provider may make; the pure rules never see it either.
import type { ProviderData } from '../domain/types.ts';
import type { FaultBehaviour } from '../faults/fault-behaviour.ts';

export interface VariantBehaviour extends FaultBehaviour {
  /** The data the provider holds, derived from the fixture's. */
  readonly data?: (data: ProviderData) => ProviderData;
}

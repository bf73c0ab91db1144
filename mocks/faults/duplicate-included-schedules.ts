// Fault 'duplicate-included-schedule': every included Schedule appears twice (breaks SLOT-28).
interface BundleLike {
  readonly entry?: readonly { readonly resource?: { readonly resourceType?: string } }[];
}

export function duplicateIncludedSchedules<T extends BundleLike>(bundle: T): T {
  const entries = bundle.entry ?? [];
  const schedules = entries.filter((e) => e.resource?.resourceType === 'Schedule');
  return { ...bundle, entry: [...entries, ...schedules] };
}

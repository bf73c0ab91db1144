// The labels of the booking, retry, read and cancel exchanges, by which assertions find the answer
// they judge among the scenario's exchanges.
export const LABELS = { booking: 'booking', retry: 'retry of the booking', read: 'read', cancel: 'cancel' } as const;

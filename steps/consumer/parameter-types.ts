// Custom parameter types whose patterns come from the tables they parse, so a typo in a feature is an
// undefined step, not a silent pass: {consumerObligation} from the consumer obligations table,
// {consumerInteraction} from the interaction phrases below.
import { defineParameterType } from '@cucumber/cucumber';
import { CONSUMER_OBLIGATIONS } from '../../mocks/domain/judge/consumer-obligations.ts';
import type { Interaction } from '../../spec/interactions.ts';

/** How the features name the interactions of the Booking API. */
export const INTERACTION_PHRASES: Readonly<Record<string, Interaction>> = {
  'metadata': 'metadata',
  'slot search': 'slot-search',
  'booking': 'appointment-create',
  'read': 'appointment-read',
  'cancel': 'appointment-update',
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

defineParameterType({
  name: 'consumerObligation',
  regexp: new RegExp(CONSUMER_OBLIGATIONS.map((row) => escape(row.id)).join('|')),
  transformer: (id: string) => id,
});

defineParameterType({
  name: 'consumerInteraction',
  // Longest phrase first, so "slot search" is never read as a shorter phrase.
  regexp: new RegExp(Object.keys(INTERACTION_PHRASES).sort((a, b) => b.length - a.length).map(escape).join('|')),
  transformer: (phrase: string): Interaction => INTERACTION_PHRASES[phrase],
});

import { builder } from './builder';

export const OrderDirection = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: {
    ASC: { description: 'Smallest or first in the alphabet first.' },
    DESC: { description: 'Largest or last in the alphabet first.' },
  },
});

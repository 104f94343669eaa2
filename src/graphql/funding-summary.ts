import type { FundingSummary as FundingSummaryShape } from '../data';
import { builder } from './builder';
import { fieldWork } from './cost-marks';
import { roundFilter, whenChecked } from './filters';
import { FundingRoundFilter } from './funding-round';
import { Money } from './money';

export const FundingSummary = builder.objectRef<FundingSummaryShape>('FundingSummary').implement({
  description: 'Totals over a set of funding rounds. Amounts are grouped by currency and never converted.',
  fields: (t) => ({
    roundCount: t.exposeInt('roundCount', { description: 'How many rounds.' }),
    companyCount: t.exposeInt('companyCount', { description: 'Distinct companies that raised these rounds.' }),
    investorCount: t.exposeInt('investorCount', { description: 'Distinct investors across these rounds.' }),
    totals: t.field({
      type: [Money],
      description:
        'Sum of the stated round amounts, one entry per currency, largest first; rounds with no stated amount are counted in roundCount only.',
      resolve: (s) => s.totals,
    }),
  }),
});

builder.queryFields((t) => ({
  funding: t.field({
    type: FundingSummary,
    description: 'Totals over the rounds matching the filter (all rounds when omitted).',
    extensions: fieldWork('roundFilter'),
    args: { filter: t.arg({ type: FundingRoundFilter, required: false, description: 'Only rounds matching every condition.' }) },
    resolve: (_root, args, { store }) => {
      const { filter, check } = roundFilter(store, args.filter);
      return whenChecked(check, () => store.fundingSummary(filter));
    },
  }),
}));

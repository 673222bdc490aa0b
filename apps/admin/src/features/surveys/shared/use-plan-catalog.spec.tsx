import { screen } from '@testing-library/react';
import { SurveyFilterPlansDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { usePlanCatalog } from './use-plan-catalog';

const plansMock = {
  request: { query: SurveyFilterPlansDocument },
  result: {
    data: {
      plans: [
        { __typename: 'Plan', id: 'P1', code: 'BASIC', name: 'ベーシック' },
        { __typename: 'Plan', id: 'P2', code: 'PRO', name: 'プロ' },
      ],
    },
  },
};

/** The plan groups of a report as the console lists them: names, in catalog order. */
function PlanGroups({ keys }: { keys: string[] }) {
  const plans = usePlanCatalog();
  const sorted = [...keys].sort((a, b) => plans.rank(a) - plans.rank(b));
  return <p data-testid="groups">{sorted.map(plans.name).join(' | ')}</p>;
}

describe('usePlanCatalog', () => {
  it.each([
    ['ja', 'ベーシック | プロ | プランなし'],
    ['en', 'ベーシック | プロ | No plan'],
  ] as const)('names the no-plan group in %s and puts it last', async (language, expected) => {
    renderWithProviders(<PlanGroups keys={['NONE', 'PRO', 'BASIC']} />, {
      mocks: [plansMock],
      language,
    });
    expect(await screen.findByText(expected)).toBeInTheDocument();
  });
});

import { screen, within } from '@testing-library/react';
import { CustomerSurveyCommentsDocument, type CompanyNpsCardFragment } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { CompanyNpsCard } from './company-nps-card';

const months = (nps: (number | null)[]) =>
  nps.map((value, i) => ({
    __typename: 'HealthMonth' as const,
    month: `2026-${String(i + 1).padStart(2, '0')}`,
    nps: value,
    closed: true,
  }));

const answer = (id: string, comment: string, respondent: object | null, masked: string[] = []) => ({
  __typename: 'SurveyResponse',
  id,
  score: 9,
  npsCategory: 'PROMOTER',
  comment,
  maskedPersonalData: masked,
  answeredAt: '2026-11-20T01:00:00.000Z',
  respondent,
  survey: { __typename: 'Survey', id: 'S1', kind: 'NPS', title: '年次NPS調査' },
});

const commentsMock = (answers: object[]) => ({
  request: {
    query: CustomerSurveyCommentsDocument,
    variables: { filter: { customerIds: ['C1'] }, first: 5 },
  },
  result: {
    data: {
      surveyComments: {
        __typename: 'SurveyResponseConnection',
        totalCount: answers.length,
        edges: answers.map((node) => ({ __typename: 'SurveyResponseEdge', node })),
      },
    },
  },
});

describe('CompanyNpsCard', () => {
  it('says there is no data rather than showing a zero', async () => {
    const customer = {
      __typename: 'Customer',
      id: 'C1',
      companyNps: null,
      healthHistory: months([null, null]),
    } as CompanyNpsCardFragment;
    renderWithProviders(<CompanyNpsCard customer={customer} />, { mocks: [commentsMock([])] });
    expect(screen.getByTestId('company-nps-none')).toHaveTextContent('NPS の回答がまだありません');
    expect(screen.getByTestId('company-nps-trend-none')).toBeInTheDocument();
    expect(screen.queryByTestId('company-nps-score')).toBeNull();
    expect(await screen.findByText('コメント付きの回答はありません。')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /すべて見る/ })).toBeNull();
  });

  it('shows the score with its band and respondents, warns of few respondents, and charts the year', async () => {
    const customer = {
      __typename: 'Customer',
      id: 'C1',
      companyNps: { __typename: 'CompanyNps', score: 25, band: 'PASSIVE', respondents: 3 },
      healthHistory: months([null, 10, 25]),
    } as CompanyNpsCardFragment;
    renderWithProviders(<CompanyNpsCard customer={customer} />, {
      mocks: [
        commentsMock([
          answer('A1', 'とても使いやすい', {
            __typename: 'Respondent',
            name: '山田 太郎',
            email: null,
          }),
        ]),
      ],
    });
    expect(screen.getByTestId('company-nps-score')).toHaveTextContent('+25.0');
    expect(screen.getByTestId('company-nps-band')).toHaveTextContent('中立');
    expect(screen.getByTestId('company-nps-respondents')).toHaveTextContent('回答者 3人');
    expect(screen.getByTestId('company-nps-few')).toBeInTheDocument();
    expect(
      screen.getByRole('img', { name: /2026\/02 \+10\.0, 2026\/03 \+25\.0/ }),
    ).toBeInTheDocument();
    const comments = await screen.findByTestId('company-comments');
    expect(within(comments).getByText('とても使いやすい')).toBeInTheDocument();
    // A respondent's name is on screen: the personal-data tag says so.
    expect(within(comments).getByTestId('personal-data-shown')).toBeInTheDocument();
    // All of them: the NPS dashboard narrowed to this company.
    expect(within(comments).getByRole('link', { name: /すべて見る（1件）/ })).toHaveAttribute(
      'href',
      '/surveys/nps?customer=C1',
    );
  });

  it('links to the dashboard of the kind the company answered when it gave no NPS', async () => {
    const customer = {
      __typename: 'Customer',
      id: 'C1',
      companyNps: null,
      healthHistory: months([null]),
    } as CompanyNpsCardFragment;
    const csat = {
      ...answer('A3', '問い合わせの回答が早かった', null),
      npsCategory: null,
      score: 5,
      survey: { __typename: 'Survey', id: 'S2', kind: 'CSAT', title: 'サポート満足度' },
    };
    renderWithProviders(<CompanyNpsCard customer={customer} />, { mocks: [commentsMock([csat])] });
    const comments = await screen.findByTestId('company-comments');
    expect(within(comments).getByRole('link', { name: /すべて見る（1件）/ })).toHaveAttribute(
      'href',
      '/surveys/csat?customer=C1',
    );
  });

  it('shows masked comments without the personal-data tag', async () => {
    const customer = {
      __typename: 'Customer',
      id: 'C1',
      companyNps: { __typename: 'CompanyNps', score: -40, band: 'DETRACTOR', respondents: 40 },
      healthHistory: months([-40]),
    } as CompanyNpsCardFragment;
    renderWithProviders(<CompanyNpsCard customer={customer} />, {
      mocks: [commentsMock([answer('A2', '担当は[氏名]さんでした', null, ['NAME'])])],
    });
    const comments = await screen.findByTestId('company-comments');
    expect(within(comments).getByText('担当は[氏名]さんでした')).toBeInTheDocument();
    expect(within(comments).getByText('個人情報は伏せて表示しています。')).toBeInTheDocument();
    expect(within(comments).queryByTestId('personal-data-shown')).toBeNull();
    expect(screen.queryByTestId('company-nps-few')).toBeNull();
  });
});

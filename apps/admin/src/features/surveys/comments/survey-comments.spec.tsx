import { screen, within } from '@testing-library/react';
import { SurveyCommentsDocument, SurveyFilterPlansDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { EMPTY_SURVEY_PARAMS } from '../shared/survey-params';
import { SurveyComments } from './survey-comments';

const plansMock = {
  request: { query: SurveyFilterPlansDocument },
  result: {
    data: { plans: [{ __typename: 'Plan', id: 'P1', code: 'BASIC', name: 'ベーシック' }] },
  },
};

const answer = (respondent: { name: string | null; email: string | null } | null) => ({
  __typename: 'SurveyResponse',
  id: 'U3VydmV5UmVzcG9uc2U6MQ==',
  score: 9,
  npsCategory: 'PROMOTER',
  comment: 'サポートが丁寧でした',
  maskedPersonalData: [],
  channel: 'WEB',
  answeredAt: '2026-04-01T01:00:00.000Z',
  planCode: 'BASIC',
  stage: 'ACTIVE',
  respondent: respondent && { __typename: 'SurveyRespondent', ...respondent },
  customer: { __typename: 'Customer', id: 'Q3VzdG9tZXI6MQ==', name: '株式会社サンプル' },
});

const commentsMock = (node: object) => ({
  request: {
    query: SurveyCommentsDocument,
    variables: { first: 20, after: null, filter: { kind: 'NPS' } },
  },
  result: {
    data: {
      surveyComments: {
        __typename: 'SurveyResponseConnection',
        totalCount: 1,
        pageInfo: { __typename: 'PageInfo', hasNextPage: false, endCursor: null },
        edges: [{ __typename: 'SurveyResponseEdge', node }],
      },
    },
  },
});

const params = EMPTY_SURVEY_PARAMS;

describe('SurveyComments', () => {
  it('says personal data is on screen when it shows respondents', async () => {
    renderWithProviders(<SurveyComments kind="NPS" params={params} onChange={() => {}} />, {
      mocks: [
        plansMock,
        commentsMock(answer({ name: '佐藤 一郎', email: 'ichiro@example.co.jp' })),
      ],
    });
    const table = await screen.findByTestId('survey-comments');
    await within(table).findByText('ichiro@example.co.jp');
    expect(screen.getByTestId('personal-data-shown')).toHaveTextContent('個人情報を表示中');
  });

  it('shows no tag when no respondent is on screen (masked for the role)', async () => {
    renderWithProviders(<SurveyComments kind="NPS" params={params} onChange={() => {}} />, {
      mocks: [plansMock, commentsMock(answer(null))],
    });
    await screen.findByText('サポートが丁寧でした');
    expect(screen.queryByTestId('personal-data-shown')).toBeNull();
  });
});

import { userError } from '@kizuna/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { RecordAvailabilityDocument } from '../../gql/graphql';
import { renderWithProviders } from '../../test/render';
import { RecordAvailabilityForm } from './record-availability-form';

const fieldOf = (label: string) =>
  screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;
const now = () => new Date('2026-06-15T12:00:00+09:00');
const plans = [
  { code: 'BASIC', name: 'ベーシック' },
  { code: 'PREMIUM', name: 'プレミアム' },
];
const input = {
  month: '2026-05',
  planCode: 'BASIC',
  availabilityPercent: 99.5,
  incidentNote: 'CDN 障害',
};
const payload = (fields: object) => ({
  data: {
    recordAvailability: {
      __typename: 'RecordAvailabilityPayload',
      availability: null,
      creditRequestsRaised: 0,
      creditRequestsUpdated: 0,
      creditRequestsWithdrawn: 0,
      userErrors: [],
      ...fields,
    },
  },
});

async function fill(percent: string, note = '') {
  const user = userEvent.setup({ delay: null });
  await user.type(screen.getByLabelText('稼働率（%）'), percent);
  if (note) await user.type(screen.getByLabelText('インシデントの内容'), note);
  await user.click(screen.getByRole('button', { name: '記録する' }));
}

jest.setTimeout(60_000);

describe('RecordAvailabilityForm', () => {
  it('refuses a percentage above 100 and this month on their fields, without calling the API', async () => {
    const onDone = jest.fn();
    renderWithProviders(
      <RecordAvailabilityForm
        initialValues={{ month: '2026-06', planCode: 'BASIC' }}
        plans={plans}
        onDone={onDone}
        onClose={jest.fn()}
        now={now}
      />,
    );
    await fill('100.5');
    expect(
      await within(fieldOf('稼働率（%）')).findByText(
        userError('OUT_OF_RANGE', null, { value: 100.5 }).message.ja,
      ),
    ).toBeInTheDocument();
    expect(
      within(fieldOf('対象月')).getByText(
        userError('MONTH_NOT_ENDED', null, { value: '2026-06' }).message.ja,
      ),
    ).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('shows the API’s refusals on the fields they name', async () => {
    const onDone = jest.fn();
    renderWithProviders(
      <RecordAvailabilityForm
        initialValues={{ month: '2026-05', planCode: 'BASIC' }}
        plans={plans}
        onDone={onDone}
        onClose={jest.fn()}
        now={now}
      />,
      {
        mocks: [
          {
            request: { query: RecordAvailabilityDocument, variables: { input } },
            result: payload({
              userErrors: [
                {
                  __typename: 'UserError',
                  code: 'SLA_CREDIT_ALREADY_APPLIED',
                  field: 'month',
                  message: 'この月のクレジットは適用済みのため、記録し直せません。',
                },
              ],
            }),
          },
        ],
      },
    );
    await fill('99.5', 'CDN 障害');
    expect(
      await within(fieldOf('対象月')).findByText(
        'この月のクレジットは適用済みのため、記録し直せません。',
      ),
    ).toBeInTheDocument();
    await waitFor(() => expect(onDone).not.toHaveBeenCalled());
  });

  it('records the month and hands back how many credit requests it raised', async () => {
    const onDone = jest.fn();
    const availability = {
      __typename: 'SlaAvailability',
      month: '2026-05',
      planCode: 'BASIC',
      availabilityPercent: 99.5,
      breached: true,
      version: 2,
    };
    renderWithProviders(
      <RecordAvailabilityForm
        initialValues={{ month: '2026-05', planCode: 'BASIC' }}
        plans={plans}
        onDone={onDone}
        onClose={jest.fn()}
        now={now}
      />,
      {
        mocks: [
          {
            request: { query: RecordAvailabilityDocument, variables: { input } },
            result: payload({ availability, creditRequestsRaised: 412 }),
          },
        ],
      },
    );
    await fill('99.5', '  CDN 障害 ');
    await waitFor(() =>
      expect(onDone).toHaveBeenCalledWith(
        expect.objectContaining({ availability, creditRequestsRaised: 412 }),
      ),
    );
  });
});

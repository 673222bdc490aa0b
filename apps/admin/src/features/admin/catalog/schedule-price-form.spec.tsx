import { isoDateJst, userError } from '@kizuna/domain';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SchedulePriceDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { SchedulePriceForm } from './schedule-price-form';

const fieldOf = (label: string) =>
  screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

const DAY_MS = 86_400_000;
/** Tokyo's calendar date `days` from now, as the picker's cells title it (YYYY-MM-DD). */
const jstDay = (days: number) => isoDateJst(new Date(Date.now() + days * DAY_MS));

/** Opens the date picker of the field and clicks the day (as a mouse user does). */
async function pickDay(user: ReturnType<typeof userEvent.setup>, label: string, day: string) {
  await user.click(screen.getByLabelText(label));
  const cell = await waitFor(() => {
    const found = document.querySelector(`td[title="${day}"]`);
    if (!found) throw new Error(`no cell ${day}`);
    return found as HTMLElement;
  });
  await user.click(cell);
}

jest.setTimeout(60_000);

describe('SchedulePriceForm', () => {
  it('asks for the date on its field without calling the API', async () => {
    const onDone = jest.fn();
    renderWithProviders(
      <SchedulePriceForm
        target={{ planId: 'UGxhbjox' }}
        name="スタンダード"
        currentFeeYen={1490}
        onDone={onDone}
        onClose={jest.fn()}
      />,
    );
    const user = userEvent.setup({ delay: null });
    await user.click(screen.getByRole('button', { name: '価格を予約' }));
    expect(
      await within(fieldOf('適用日')).findByText(userError('REQUIRED').message.ja),
    ).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('refuses a date that became past (the clock moved on) on the date field', async () => {
    const onDone = jest.fn();
    renderWithProviders(
      <SchedulePriceForm
        target={{ planId: 'UGxhbjox' }}
        name="スタンダード"
        currentFeeYen={1490}
        onDone={onDone}
        onClose={jest.fn()}
        // Today was picked, but by the time it is sent the date has passed (a form left open).
        now={() => new Date(Date.now() + 2 * DAY_MS)}
      />,
    );
    const user = userEvent.setup({ delay: null });
    await pickDay(user, '適用日', jstDay(0));
    await user.click(screen.getByRole('button', { name: '価格を予約' }));
    expect(
      await within(fieldOf('適用日')).findByText(userError('DATE_IN_PAST').message.ja),
    ).toBeInTheDocument();
    expect(onDone).not.toHaveBeenCalled();
  });

  it('schedules the price and shows the API’s refusal of the date on its field', async () => {
    const input = { planId: 'UGxhbjox', monthlyFeeYen: 1690, validFrom: jstDay(0) };
    const onDone = jest.fn();
    renderWithProviders(
      <SchedulePriceForm
        target={{ planId: 'UGxhbjox' }}
        name="スタンダード"
        currentFeeYen={1490}
        onDone={onDone}
        onClose={jest.fn()}
      />,
      {
        mocks: [
          {
            request: { query: SchedulePriceDocument, variables: { input } },
            result: {
              data: {
                schedulePrice: {
                  __typename: 'SchedulePricePayload',
                  plan: null,
                  option: null,
                  userErrors: [
                    {
                      __typename: 'UserError',
                      code: 'DUPLICATE',
                      field: 'validFrom',
                      message: 'この日の価格改定は既に予約されています。',
                    },
                  ],
                },
              },
            },
          },
        ],
      },
    );
    const user = userEvent.setup({ delay: null });
    const fee = screen.getByLabelText('月額料金');
    await user.clear(fee);
    await user.type(fee, '1690');
    await pickDay(user, '適用日', jstDay(0));
    await user.click(screen.getByRole('button', { name: '価格を予約' }));
    expect(
      await within(fieldOf('適用日')).findByText('この日の価格改定は既に予約されています。'),
    ).toBeInTheDocument();
    await waitFor(() => expect(onDone).not.toHaveBeenCalled());
  });
});

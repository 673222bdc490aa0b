import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { HealthSettingsPageDocument, UpdateHealthSettingsDocument } from '../../../gql/graphql';
import { renderWithProviders } from '../../../test/render';
import { HealthSettingsPage } from './health-settings.page';

const SIGNALS = ['USAGE', 'SURVEYS', 'SLA', 'OPTION_ADOPTION', 'OPEN_ISSUES', 'RENEWAL'];

const settings = (version: number, weights: number[], updatedAt: string | null = null) => ({
  __typename: 'HealthSettings',
  version,
  updatedAt,
  goodAtLeast: 70,
  watchAtLeast: 40,
  weights: SIGNALS.map((signal, i) => ({
    __typename: 'HealthWeight',
    signal,
    label: signal,
    weight: weights[i],
  })),
  touchModel: {
    __typename: 'TouchModelThresholds',
    highTouchRevenueYen: 1_000_000_000,
    engagedHighTouchRevenueYen: 300_000_000,
    techTouchRevenueBelowYen: 100_000_000,
    techTouchCurrentRatioBelow: 1,
  },
});

const DEFAULT_WEIGHTS = [30, 25, 10, 10, 10, 15];
const readMock = (s = settings(0, DEFAULT_WEIGHTS)) => ({
  request: { query: HealthSettingsPageDocument },
  result: { data: { healthSettings: s } },
});

const input = (weights: number[], version = 0) => ({
  version,
  weights: {
    usage: weights[0],
    surveys: weights[1],
    sla: weights[2],
    optionAdoption: weights[3],
    openIssues: weights[4],
    renewal: weights[5],
  },
  goodAtLeast: 70,
  watchAtLeast: 40,
  touchModel: {
    highTouchRevenueYen: 1_000_000_000,
    engagedHighTouchRevenueYen: 300_000_000,
    techTouchRevenueBelowYen: 100_000_000,
    techTouchCurrentRatioBelow: 1,
  },
});

const updateMock = (weights: number[], result: object) => ({
  request: { query: UpdateHealthSettingsDocument, variables: { input: input(weights) } },
  result: {
    data: { updateHealthSettings: { __typename: 'UpdateHealthSettingsPayload', ...result } },
  },
});

async function setWeight(label: RegExp, value: string) {
  const field = await screen.findByRole('spinbutton', { name: label });
  await userEvent.clear(field);
  await userEvent.type(field, value);
}

describe('HealthSettingsPage', () => {
  it('shows the settings with their defaults and saves a changed weight', async () => {
    const saved = [40, 25, 10, 10, 10, 15];
    renderWithProviders(<HealthSettingsPage />, {
      mocks: [
        readMock(),
        updateMock(saved, {
          healthSettings: settings(1, saved, '2026-12-04T05:00:00.000Z'),
          userErrors: [],
        }),
      ],
    });
    expect(
      await screen.findByText('既定値を使用中です（まだ変更されていません）。'),
    ).toBeInTheDocument();
    const usage = screen.getByRole('spinbutton', { name: /利用の推移/ });
    expect(usage).toHaveValue('30');
    expect(screen.getAllByText(/既定値: 30/).length).toBeGreaterThan(0);
    expect(screen.getByText('既定値: ￥1,000,000,000')).toBeInTheDocument();
    expect(screen.getByRole('spinbutton', { name: 'ハイタッチとする年商（以上）' })).toHaveValue(
      '1,000,000,000',
    );

    await setWeight(/利用の推移/, '40');
    // Shares follow the weights as typed: 40 of 110.
    expect(await screen.findByText('既定値: 30・全体の36%')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByText(/設定を保存しました/)).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByTestId('health-settings-version')).toHaveTextContent('版 1'),
    );
    expect(screen.getByRole('spinbutton', { name: /利用の推移/ })).toHaveValue('40');
  });

  it('refuses by the domain’s rules before sending, on the field', async () => {
    // No update mock: sending anything would fail the test.
    renderWithProviders(<HealthSettingsPage />, { mocks: [readMock()] });
    const watch = await screen.findByRole('spinbutton', { name: '「要観察」の下限' });
    await userEvent.clear(watch);
    await userEvent.type(watch, '75');
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByText(/範囲/)).toBeInTheDocument();
    expect(watch).toHaveAttribute('aria-invalid', 'true');
  });

  it('puts the API’s userErrors on their fields, and the others above the button', async () => {
    const weights = [30, 25, 10, 10, 10, 15];
    renderWithProviders(<HealthSettingsPage />, {
      mocks: [
        readMock(),
        updateMock(weights, {
          healthSettings: null,
          userErrors: [
            {
              __typename: 'UserError',
              code: 'OUT_OF_RANGE',
              field: 'touchModel.techTouchRevenueBelowYen',
              message: 'テックタッチのしきい値が大きすぎます。',
            },
            {
              __typename: 'UserError',
              code: 'STALE_VERSION',
              field: 'version',
              message: '他の人が先に更新しました。',
            },
          ],
        }),
      ],
    });
    await screen.findByRole('spinbutton', { name: /利用の推移/ });
    await userEvent.click(screen.getByRole('button', { name: '保存する' }));
    expect(await screen.findByText('テックタッチのしきい値が大きすぎます。')).toBeInTheDocument();
    expect(
      screen.getByRole('spinbutton', { name: 'テックタッチとする年商（未満）' }),
    ).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('alert')).toHaveTextContent('他の人が先に更新しました。');
  });

  it('fills in the defaults on request', async () => {
    renderWithProviders(<HealthSettingsPage />, {
      mocks: [readMock(settings(4, [5, 5, 5, 5, 5, 5], '2026-12-01T00:00:00.000Z'))],
    });
    const usage = await screen.findByRole('spinbutton', { name: /利用の推移/ });
    expect(usage).toHaveValue('5');
    expect(screen.getByTestId('health-settings-version')).toHaveTextContent('版 4');
    await userEvent.click(screen.getByRole('button', { name: '既定値を入力' }));
    await waitFor(() => expect(usage).toHaveValue('30'));
  });
});

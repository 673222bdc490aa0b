import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../../test/render';
import { UsageCard } from './usage-card';

describe('UsageCard', () => {
  it('shows the latest DAU, the 90-day peak and storage over a sparkline', () => {
    renderWithProviders(
      <UsageCard
        usage={[
          { date: '2027-03-01', activeUsers: 1_204, storageGb: 310.5 },
          { date: '2027-03-02', activeUsers: 1_512, storageGb: 311 },
          { date: '2027-03-04', activeUsers: 980, storageGb: 312.25 },
        ]}
      />,
    );
    expect(screen.getByTestId('usage-latest-dau')).toHaveTextContent('直近のDAU980');
    expect(screen.getByText('2027/03/04時点')).toBeInTheDocument();
    expect(screen.getByTestId('usage-peak-dau')).toHaveTextContent('90日間の最大DAU1,512');
    expect(screen.getByTestId('usage-storage')).toHaveTextContent('ストレージ使用量312.3GB');
    expect(screen.getByRole('img', { name: '直近90日のアクティブユーザー数の推移' })).toBeVisible();
  });

  it('says there is no data rather than drawing zeros', () => {
    renderWithProviders(<UsageCard usage={[]} />);
    expect(screen.getByText('直近90日の利用データはありません。')).toBeInTheDocument();
    expect(screen.queryByTestId('usage-sparkline')).toBeNull();
  });
});

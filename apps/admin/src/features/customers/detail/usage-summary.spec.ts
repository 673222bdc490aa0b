import { usageSparklineOption, usageSummary, type UsageDay } from './usage-summary';

const day = (date: string, activeUsers: number, storageGb = 1.5): UsageDay => ({
  date,
  activeUsers,
  storageGb,
});

describe('usageSummary', () => {
  it('is null without data (the card then says so)', () => {
    expect(usageSummary([])).toBeNull();
  });

  it('takes the last day as latest and the highest DAU as peak', () => {
    const days = [day('2027-01-01', 12), day('2027-01-02', 40, 2), day('2027-01-05', 31, 2.25)];
    expect(usageSummary(days)).toEqual({ latest: day('2027-01-05', 31, 2.25), peakDau: 40 });
  });

  it('counts a day of zero users as data', () => {
    expect(usageSummary([day('2027-01-01', 0)])).toEqual({
      latest: day('2027-01-01', 0),
      peakDau: 0,
    });
  });
});

describe('usageSparklineOption', () => {
  const days = [day('2027-01-01', 12), day('2027-01-04', 40)];
  const option = usageSparklineOption(days, (d) => `${d.date}: ${d.activeUsers}`);

  it('plots DAU against dates, so that a gap stays a gap', () => {
    expect(option.xAxis).toMatchObject({ type: 'time' });
    expect(option.series[0]?.data).toEqual([
      ['2027-01-01', 12],
      ['2027-01-04', 40],
    ]);
  });

  it('names the hovered day in the tooltip', () => {
    expect(option.tooltip.formatter([{ dataIndex: 1 }])).toBe('2027-01-04: 40');
    expect(option.tooltip.formatter([])).toBe('');
  });
});

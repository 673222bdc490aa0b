import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '../test/render';
import { toJstDateTimeInput } from './dates';
import { JstDateTimePicker } from './jst-date-time-picker';

/** Tokyo's calendar date `days` from now, as the picker's cells title it (YYYY-MM-DD). */
const jstDay = (days: number) =>
  toJstDateTimeInput(new Date(Date.now() + days * 86_400_000)).slice(0, 10);

async function openPicker(noFuture: boolean) {
  renderWithProviders(
    <JstDateTimePicker id="at" value={toJstDateTimeInput(new Date())} noFuture={noFuture} />,
  );
  await userEvent.setup({ delay: null }).click(screen.getByRole('textbox'));
  return (day: string) => document.querySelector(`td[title="${day}"]`)!;
}

describe('JstDateTimePicker', () => {
  it('greys out the days after today (Tokyo time) when it takes no future time', async () => {
    const cell = await openPicker(true);
    expect(cell(jstDay(0))).not.toHaveClass('ant-picker-cell-disabled');
    expect(cell(jstDay(1))).toHaveClass('ant-picker-cell-disabled');
  });

  it('offers every day otherwise', async () => {
    const cell = await openPicker(false);
    expect(cell(jstDay(1))).not.toHaveClass('ant-picker-cell-disabled');
  });

  it('keeps a typed future time (for the form to report) instead of dropping it silently', async () => {
    const onChange = jest.fn();
    renderWithProviders(<JstDateTimePicker id="at" value={null} onChange={onChange} noFuture />);
    const box = screen.getByRole('textbox');
    const user = userEvent.setup({ delay: null });
    await user.click(box);
    await user.type(box, `${jstDay(2).replaceAll('-', '/')} 10:30`);
    fireEvent.blur(box);
    expect(onChange).toHaveBeenLastCalledWith(`${jstDay(2)}T10:30`);
  });
});

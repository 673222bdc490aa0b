import { isoDateJst } from '@kizuna/domain';
import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { renderWithProviders } from '../../../test/render';
import { EffectiveDatePicker } from './effective-date-picker';

/** Tokyo's date `days` from now as YYYY-MM-DD. */
const jstDay = (days: number) => isoDateJst(new Date(Date.now() + days * 86_400_000));
const shown = (iso: string) => iso.replaceAll('-', '/');

function Harness({ onChange }: { onChange: (value: string | null) => void }) {
  const [value, setValue] = useState<string | null>(null);
  return (
    <EffectiveDatePicker
      id="effectiveDate"
      value={value}
      onChange={(v) => {
        setValue(v);
        onChange(v);
      }}
    />
  );
}

describe('EffectiveDatePicker', () => {
  it('keeps a typed past day (for the form to report) instead of dropping it silently', async () => {
    const onChange = jest.fn();
    renderWithProviders(<Harness onChange={onChange} />);
    const box = screen.getByRole('textbox');
    const user = userEvent.setup({ delay: null });
    await user.click(box);
    await user.type(box, shown(jstDay(-3)));
    fireEvent.blur(box);
    expect(onChange).toHaveBeenLastCalledWith(jstDay(-3));
    expect(box).toHaveValue(shown(jstDay(-3)));
  });

  it('takes a typed later day as usual', async () => {
    const onChange = jest.fn();
    renderWithProviders(<Harness onChange={onChange} />);
    const box = screen.getByRole('textbox');
    const user = userEvent.setup({ delay: null });
    await user.click(box);
    await user.type(box, `${shown(jstDay(5))}{Enter}`);
    expect(onChange).toHaveBeenLastCalledWith(jstDay(5));
  });

  it('ignores text that is not a date', async () => {
    const onChange = jest.fn();
    renderWithProviders(<Harness onChange={onChange} />);
    const box = screen.getByRole('textbox');
    await userEvent.setup({ delay: null }).type(box, '2026/13/45');
    fireEvent.blur(box);
    expect(onChange).not.toHaveBeenCalled();
  });
});

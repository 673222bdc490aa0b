import { act, renderHook } from '@testing-library/react';
import { SEARCH_DEBOUNCE_MS, useSearchAsYouType } from './use-debounced-value';

const type = (box: { onChange: (e: { target: { value: string } }) => void }, value: string) =>
  act(() => box.onChange({ target: { value } }));

describe('useSearchAsYouType', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  function renderBox(applied = '') {
    const apply = jest.fn<void, [string]>();
    const hook = renderHook(({ applied }) => useSearchAsYouType(applied, apply), {
      initialProps: { applied },
    });
    return { ...hook, apply };
  }

  it('searches once typing pauses, with the last text, trimmed', () => {
    const { result, apply } = renderBox();
    type(result.current, '山');
    act(() => jest.advanceTimersByTime(200));
    type(result.current, '山田 ');
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS - 1));
    expect(apply).not.toHaveBeenCalled();
    act(() => jest.advanceTimersByTime(1));
    expect(apply).toHaveBeenCalledTimes(1);
    expect(apply).toHaveBeenCalledWith('山田');
  });

  it('searches at once on Enter, and not again when typing settles', () => {
    const { result, apply, rerender } = renderBox();
    type(result.current, '1234');
    act(() => result.current.onSearch('1234'));
    expect(apply).toHaveBeenCalledWith('1234');
    rerender({ applied: '1234' });
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    expect(apply).toHaveBeenCalledTimes(1);
  });

  it('shows a search applied from outside (戻る) and does not undo it', () => {
    const { result, apply, rerender } = renderBox('山田');
    expect(result.current.value).toBe('山田');
    type(result.current, '山田商');
    rerender({ applied: '' });
    expect(result.current.value).toBe('');
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS * 2));
    expect(apply).not.toHaveBeenCalled();
  });

  it('keeps the space being typed when its search is applied', () => {
    const { result, apply, rerender } = renderBox();
    type(result.current, '山田 ');
    act(() => jest.advanceTimersByTime(SEARCH_DEBOUNCE_MS));
    expect(apply).toHaveBeenCalledWith('山田');
    rerender({ applied: '山田' });
    expect(result.current.value).toBe('山田 ');
  });
});

import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { MemoryRouter, useLocation } from 'react-router';
import {
  filtersDigest,
  readCursorStack,
  useCursorStack,
  writeCursorStack,
} from './use-cursor-stack';

const FILTERS = 'stage=TRIAL';

describe('the cursor stack in the URL', () => {
  it('writes the cursors in order, with the filters they belong to, keeping the filters', () => {
    const url = writeCursorStack(new URLSearchParams(FILTERS), FILTERS, ['c1', 'c2']);
    expect(url.getAll('after')).toEqual(['c1', 'c2']);
    expect(url.get('afterFor')).toBe(filtersDigest(FILTERS));
    expect(url.get('stage')).toBe('TRIAL');
    expect(readCursorStack(url, FILTERS)).toEqual(['c1', 'c2']);
  });

  it('leaves nothing of the stack in the URL on page 1', () => {
    const page2 = writeCursorStack(new URLSearchParams(FILTERS), FILTERS, ['c1']);
    expect(writeCursorStack(page2, FILTERS, []).toString()).toBe(FILTERS);
  });

  it('starts again at page 1 under other filters', () => {
    const url = writeCursorStack(new URLSearchParams(), FILTERS, ['c1', 'c2']);
    expect(readCursorStack(url, 'stage=ACTIVE')).toEqual([]);
    // Cursors without the filters they belong to (a hand-edited link) are not trusted either.
    expect(readCursorStack(new URLSearchParams('after=c1'), FILTERS)).toEqual([]);
  });

  it('keeps two lists of one page apart by their parameter', () => {
    let url = writeCursorStack(new URLSearchParams(), 'a', ['x1']);
    url = writeCursorStack(url, 'b', ['y1', 'y2'], 'requestsAfter');
    expect(readCursorStack(url, 'a')).toEqual(['x1']);
    expect(readCursorStack(url, 'b', 'requestsAfter')).toEqual(['y1', 'y2']);
  });

  it('tells filters apart by their digest', () => {
    expect(filtersDigest('{"search":"山田"}')).not.toBe(filtersDigest('{"search":"山本"}'));
    expect(filtersDigest(FILTERS)).toBe(filtersDigest(FILTERS));
  });
});

describe('useCursorStack', () => {
  function renderStack(initialUrl: string, filtersKey = FILTERS) {
    const seen = { search: '' };
    function Location() {
      seen.search = useLocation().search;
      return null;
    }
    const wrapper = ({ children }: { children: ReactNode }) => (
      <MemoryRouter initialEntries={[initialUrl]}>
        {children}
        <Location />
      </MemoryRouter>
    );
    const hook = renderHook(({ key }) => useCursorStack(key), {
      wrapper,
      initialProps: { key: filtersKey },
    });
    return { ...hook, seen };
  }

  it('turns pages forwards and back through the URL', () => {
    const { result, seen } = renderStack(`/customers?${FILTERS}`);
    expect(result.current).toMatchObject({ page: 1, after: null });
    act(() => result.current.next('c1'));
    act(() => result.current.next('c2'));
    expect(result.current).toMatchObject({ page: 3, after: 'c2' });
    expect(new URLSearchParams(seen.search).getAll('after')).toEqual(['c1', 'c2']);
    act(() => result.current.previous());
    expect(result.current).toMatchObject({ page: 2, after: 'c1' });
  });

  it('opens on the page the URL names (a reload, 戻る from a customer)', () => {
    const url = writeCursorStack(new URLSearchParams(FILTERS), FILTERS, ['c1', 'c2']);
    const { result } = renderStack(`/customers?${url.toString()}`);
    expect(result.current).toMatchObject({ page: 3, after: 'c2' });
    act(() => result.current.previous());
    expect(result.current).toMatchObject({ page: 2, after: 'c1' });
  });

  it('shows page 1 when the filters change', () => {
    const url = writeCursorStack(new URLSearchParams(), FILTERS, ['c1']);
    const { result, rerender } = renderStack(`/audit?${url.toString()}`);
    expect(result.current.page).toBe(2);
    rerender({ key: 'stage=ACTIVE' });
    expect(result.current).toMatchObject({ page: 1, after: null });
  });
});

import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';

// findBy…/waitFor wait up to 5 s, not 1: on a 2-core CI machine running the API's database tests
// beside these, a mocked answer and the re-render it causes can take longer than a second.
configure({ asyncUtilTimeout: 5_000 });

// react-router needs them; jsdom does not provide them.
Object.assign(globalThis, { TextEncoder, TextDecoder });

// jsdom lacks the layout APIs that antd's responsive components ask for.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => undefined,
    removeListener: () => undefined,
    addEventListener: () => undefined,
    removeEventListener: () => undefined,
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;

/** A MessageChannel whose messages arrive in a later macrotask (antd's forms batch with it). */
class MessageChannelStub {
  port1: { onmessage: ((event: { data: unknown }) => void) | null } = { onmessage: null };
  port2 = {
    postMessage: (data: unknown) => {
      setTimeout(() => this.port1.onmessage?.({ data }), 0);
    },
  };
}
globalThis.MessageChannel ??= MessageChannelStub as unknown as typeof MessageChannel;

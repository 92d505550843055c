/**
 * Hook-test helpers: a provider wrapper whose props can change between renders (to switch
 * org or connection the way a host does), with a recording `fetch`.
 */
import type { ReactNode } from 'react';
import { RevampdProvider, type RevampdProviderProps } from '../../src/headless';
import { testProviderProps } from '../render';
import { recordingFetch } from '../api/support';

/** A wrapper for `renderHook` whose provider props `set()` changes before a `rerender()`. */
export function switchableWrapper(initial: Partial<RevampdProviderProps> = {}) {
  const recorder = recordingFetch();
  const state = { props: initial };
  function Wrapper({ children }: { children: ReactNode }) {
    return (
      <RevampdProvider {...testProviderProps({ fetch: recorder.fetch, ...state.props })}>
        {children}
      </RevampdProvider>
    );
  }
  return {
    wrapper: Wrapper,
    requests: recorder.requests,
    set(next: Partial<RevampdProviderProps>) {
      state.props = { ...state.props, ...next };
    },
  };
}

/** Resolves a promise on demand: a server response held back until `release()`. */
export function gate(): { promise: Promise<void>; release: () => void } {
  let release: () => void = () => undefined;
  const promise = new Promise<void>((resolve) => {
    release = resolve;
  });
  return { promise, release };
}

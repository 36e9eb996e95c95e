// What only the browser knows, read without a hydration mismatch: the server renders the fallback, the browser's
// first render matches it, and React renders again with the browser's value. Neither changes while the page is
// open, so there is nothing to subscribe to.
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;
const onServer = () => null;

/** The browser's IANA time zone, or null while rendering on the server and hydrating. */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(subscribe, browserZone, onServer);
}

/** False on the server and while hydrating, then true: for what the browser computes differently from Node. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}

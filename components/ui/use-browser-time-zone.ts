import { useSyncExternalStore } from "react";

// The zone never changes while the page is open: nothing to subscribe to.
const subscribe = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;
// The server cannot know the browser's zone; rendering a guess there would not match the browser's first render.
const serverZone = () => null;

/** The browser's IANA time zone, or null while rendering on the server and hydrating. */
export function useBrowserTimeZone(): string | null {
  return useSyncExternalStore(subscribe, browserZone, serverZone);
}

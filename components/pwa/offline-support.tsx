"use client";

// Mounted on every signed-in page (app/(app)/layout.tsx): installs the service worker (app/sw.ts), tells the offline
// shell whose drafts to keep, asks the worker to fetch the shell again (in the language this page is in), and places
// text written offline into the editor's drafts (offline-drafts.ts). On a journal page the editor has already read
// its draft, so after placing one the page is loaded again for the editor to restore it and save it.
import { useEffect } from "react";
import { REFRESH_SHELL, SERVICE_WORKER_URL } from "@/lib/pwa/shell";
import { placeOfflineDrafts, rememberOfflineUser } from "./offline-drafts";

export function OfflineSupport({ userId, timeZone }: { userId: string; timeZone: string }) {
  useEffect(() => {
    rememberOfflineUser({ id: userId, timeZone });
    void placeOfflineDrafts(userId).then(({ placed }) => {
      if (placed.length > 0 && window.location.pathname.startsWith("/journal")) window.location.reload();
    });
    if (!("serviceWorker" in navigator)) return;
    // A module worker: Serwist's esbuild bundle is an ES module. A refused registration (a browser without module
    // workers, or storage turned off) leaves the app working as before, online only.
    navigator.serviceWorker.register(SERVICE_WORKER_URL, { scope: "/", type: "module" }).catch(() => undefined);
    void navigator.serviceWorker.ready.then((registration) => registration.active?.postMessage(REFRESH_SHELL));
  }, [userId, timeZone]);
  return null;
}

/// <reference lib="webworker" />
// The service worker (Serwist), bundled by app/serwist/[path]/route.ts at build. What it keeps: the build's static
// files (precached from the manifest the build injects; they hold no one's data) and the offline shell
// (lib/pwa/shell.ts). Pages and the API are never cached: they are no-store (lib/security/headers.ts), and a
// response that says so is never put in a cache here. When a page cannot be reached the browser is sent to the
// shell, which lets a signed-in user write into this browser's drafts (components/pwa/offline-journal.tsx); the
// pages save them once the server answers again. Sign-out deletes every cache and unregisters the worker
// (components/pwa/forget-offline.ts). A reminder push shows a notification that holds no entry text.
import { NetworkFirst, type PrecacheEntry, type SerwistPlugin, Serwist } from "serwist";
import { REFRESH_SHELL, SHELL_CACHE, SHELL_PATH } from "@/lib/pwa/shell";
import { reminderPushSchema } from "@/lib/reminders/push-payload";

declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined };

// Whatever the server marks no-store stays out of every cache (Serwist would otherwise keep any 200).
const respectNoStore: SerwistPlugin = {
  cacheWillUpdate: async ({ response }) =>
    response.ok && !/no-store/i.test(response.headers.get("cache-control") ?? "") ? response : null,
};

// Online, the shell is fetched afresh (and kept, in the reader's current language); offline, the kept copy.
const shell = new NetworkFirst({ cacheName: SHELL_CACHE, plugins: [respectNoStore], networkTimeoutSeconds: 5 });

const JOURNAL_DAY = /^\/journal\/(\d{4}-\d{2}-\d{2})$/;

// A page that cannot be reached (offline, or the server down) becomes the shell, for the day that page was.
async function pageOrShell(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    const day = JOURNAL_DAY.exec(new URL(request.url).pathname)?.[1];
    return Response.redirect(new URL(day ? `${SHELL_PATH}#${day}` : SHELL_PATH, self.location.origin).href, 303);
  }
}

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { plugins: [respectNoStore] },
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname === SHELL_PATH, handler: shell },
    {
      matcher: ({ request, sameOrigin }) => sameOrigin && request.mode === "navigate",
      handler: ({ request }) => pageOrShell(request),
    },
  ],
});

function keepShell(event: ExtendableEvent) {
  event.waitUntil(shell.handle({ request: new Request(SHELL_PATH), event }).catch(() => undefined));
}

self.addEventListener("install", keepShell);
self.addEventListener("message", (event) => {
  if (event.data === REFRESH_SHELL) keepShell(event);
});

// The push holds only the reminder's words in the reader's language (lib/reminders/push-payload.ts).
function pushedJson(event: PushEvent): unknown {
  try {
    return event.data?.json();
  } catch {
    return null;
  }
}

self.addEventListener("push", (event) => {
  const parsed = reminderPushSchema.safeParse(pushedJson(event));
  if (!parsed.success) return;
  event.waitUntil(
    self.registration.showNotification(parsed.data.title, {
      body: parsed.data.body,
      icon: "/icon/192",
      tag: "cellstate-reminder",
      data: { url: "/journal" },
    }),
  );
});

self.addEventListener("notificationclick", (event) => {
  event.notification.close();
  event.waitUntil(
    (async () => {
      const windows = await self.clients.matchAll({ type: "window" });
      const open = windows.find((client) => new URL(client.url).pathname.startsWith("/journal"));
      if (open) await open.focus();
      else await self.clients.openWindow("/journal");
    })(),
  );
});

serwist.addEventListeners();

// The installable app's fixed addresses, shared by the service worker (app/sw.ts), the proxy and the pages.
// The shell is the one page the service worker keeps: it holds no one's data (the journal pages are no-store and
// never cached), only the code that lets a signed-in user write today's entry offline into this browser's drafts.
export const SHELL_PATH = "/offline";
// Cache Storage names, so sign-out can tell what is ours (it deletes every cache of this origin anyway).
export const SHELL_CACHE = "cellstate-shell";
// Served by app/serwist/[path]/route.ts; scope "/" is allowed by its Service-Worker-Allowed header.
export const SERVICE_WORKER_URL = "/serwist/sw.js";
// What a page posts to the worker after a full load online: fetch the shell again, in the reader's language.
export const REFRESH_SHELL = "cellstate:refresh-shell";

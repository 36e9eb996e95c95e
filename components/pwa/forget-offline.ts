// At sign-out and account deletion, after the drafts: everything the installed app kept in this browser goes too.
// Every cache of this origin is deleted (the shell and the build's files; none holds journal data, but nothing of
// the session should outlive it), the service worker is unregistered (the next sign-in installs it again), and the
// text written offline and whose it was are removed (offline-drafts.ts).
import { clearOfflineDrafts } from "./offline-drafts";

export async function forgetOffline(userId: string): Promise<void> {
  clearOfflineDrafts(userId);
  try {
    await Promise.all((await caches.keys()).map((name) => caches.delete(name)));
  } catch {
    // No Cache Storage (an insecure origin): nothing was kept.
  }
  try {
    const registrations = (await navigator.serviceWorker?.getRegistrations()) ?? [];
    await Promise.all(registrations.map((registration) => registration.unregister()));
  } catch {
    // No service worker support: nothing was installed.
  }
}

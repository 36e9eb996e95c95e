// This browser's Web Push subscription for the reminder: made for the server's VAPID key and sent to the server
// (app/api/push/subscription), or given up on both sides. The push service is the browser maker's; the browser
// decides which.
const API = "/api/push/subscription";

export type PushSupport = "unsupported" | "denied" | "on" | "off";

const pushable = () => "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

// The worker every signed-in page installs (components/pwa/offline-support.tsx), once it is active: on a first visit
// it may still be installing. A browser that never gets one (storage off) cannot take pushes.
async function readyWorker(): Promise<ServiceWorkerRegistration | null> {
  if (!pushable()) return null;
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 10_000));
  return Promise.race([navigator.serviceWorker.ready, timeout]);
}

// At sign-out, without waiting: no worker means no subscription to give up.
async function installedWorker(): Promise<ServiceWorkerRegistration | null> {
  if (!pushable()) return null;
  return (await navigator.serviceWorker.getRegistration("/")) ?? null;
}

export async function pushState(): Promise<PushSupport> {
  const worker = await readyWorker().catch(() => null);
  if (!worker) return "unsupported";
  if (Notification.permission === "denied") return "denied";
  return (await worker.pushManager.getSubscription()) ? "on" : "off";
}

/** Asks the browser for permission and a subscription, then hands it to the server. */
export async function turnPushOn(vapidPublicKey: string): Promise<PushSupport | "failed"> {
  const worker = await readyWorker().catch(() => null);
  if (!worker) return "unsupported";
  if ((await Notification.requestPermission()) !== "granted") return "denied";
  try {
    const subscription = await worker.pushManager.subscribe({
      userVisibleOnly: true,
      applicationServerKey: vapidPublicKey,
    });
    const response = await fetch(API, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(subscription.toJSON()),
    });
    if (response.ok) return "on";
    await subscription.unsubscribe();
    return "failed";
  } catch {
    return "failed";
  }
}

/** Forgets this browser's subscription on the server (while still signed in), then in the browser. */
export async function turnPushOff(): Promise<void> {
  const subscription = await (await installedWorker().catch(() => null))?.pushManager.getSubscription();
  if (!subscription) return;
  await fetch(API, {
    method: "DELETE",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ endpoint: subscription.endpoint }),
    signal: AbortSignal.timeout(10_000),
  }).catch(() => undefined);
  await subscription.unsubscribe().catch(() => false);
}

// This browser's Web Push subscription for the reminder: made for the server's VAPID key and sent to the server
// (app/api/push/subscription), or given up on both sides. The push service is the browser maker's; the browser
// decides which.
const API = "/api/push/subscription";

export type PushSupport = "unsupported" | "denied" | "on" | "off";

async function registration(): Promise<ServiceWorkerRegistration | null> {
  if (!("serviceWorker" in navigator) || !("PushManager" in window)) return null;
  return (await navigator.serviceWorker.getRegistration("/")) ?? null;
}

export async function pushState(): Promise<PushSupport> {
  const worker = await registration().catch(() => null);
  if (!worker || !("Notification" in window)) return "unsupported";
  if (Notification.permission === "denied") return "denied";
  return (await worker.pushManager.getSubscription()) ? "on" : "off";
}

/** Asks the browser for permission and a subscription, then hands it to the server. */
export async function turnPushOn(vapidPublicKey: string): Promise<PushSupport | "failed"> {
  const worker = await registration().catch(() => null);
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
  const subscription = await (await registration().catch(() => null))?.pushManager.getSubscription();
  if (!subscription) return;
  await fetch(API, {
    method: "DELETE",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ endpoint: subscription.endpoint }),
    signal: AbortSignal.timeout(10_000),
  }).catch(() => undefined);
  await subscription.unsubscribe().catch(() => false);
}

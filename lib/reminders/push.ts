// Sending one reminder push (RFC 8030) through the browser maker's push service, encrypted to the browser's keys
// (RFC 8291, aes128gcm) and signed with this server's VAPID key (RFC 8292), by the web-push library. The push
// service answers 404 or 410 for a subscription that no longer exists (the browser unsubscribed, or the app was
// removed): the caller then deletes it.
import webpush, { WebPushError } from "web-push";
import type { ReminderPush } from "./push-payload";
import type { VapidKeys } from "./vapid";

export type StoredSubscription = { endpoint: string; p256dh: string; auth: string };

// A reminder is worth nothing a day late: the push service may drop it after 12 hours.
const TTL_SECONDS = 12 * 60 * 60;

export async function sendPush(
  subscription: StoredSubscription,
  payload: ReminderPush,
  vapid: VapidKeys & { subject: string },
): Promise<"sent" | "gone"> {
  try {
    await webpush.sendNotification(
      { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
      JSON.stringify(payload),
      {
        TTL: TTL_SECONDS,
        urgency: "normal",
        contentEncoding: "aes128gcm",
        vapidDetails: vapid,
        timeout: 10_000,
      },
    );
    return "sent";
  } catch (error) {
    if (error instanceof WebPushError && (error.statusCode === 404 || error.statusCode === 410)) return "gone";
    throw error;
  }
}

// A browser's push subscription as PushSubscription.toJSON() gives it: the push service's https endpoint and the
// browser's keys, base64url (RFC 8291: a 65-byte P-256 point, a 16-byte secret).
import { z } from "zod";

const base64url = (bytes: number) =>
  z.string().regex(new RegExp(`^[A-Za-z0-9_-]{${Math.ceil((bytes * 4) / 3)}}={0,2}$`));

export const pushEndpointSchema = z
  .url({ protocol: /^https$/, error: "A push endpoint is an https:// address" })
  .max(2048, "That push endpoint is too long");

export const pushSubscriptionSchema = z.object({
  endpoint: pushEndpointSchema,
  keys: z.object({ p256dh: base64url(65), auth: base64url(16) }, "The subscription's keys are missing"),
});

export const pushUnsubscribeSchema = z.object({ endpoint: pushEndpointSchema });

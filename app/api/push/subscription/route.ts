// This browser's push subscription for the daily reminder (Settings → Daily reminder): POST saves it for the
// signed-in user, DELETE forgets it (turning notifications off here, and signing out).
import { NextResponse } from "next/server";
import { route } from "@/lib/server/route";
import { deletePushSubscription, pushSubscriptionCount, savePushSubscription } from "@/lib/journal/reminders";
import { pushSubscriptionSchema, pushUnsubscribeSchema } from "@/lib/validations/push";

export const POST = route({ body: pushSubscriptionSchema, maxBytes: 4096 }, async ({ user, body }) => {
  await savePushSubscription(user.id, { endpoint: body.endpoint, ...body.keys });
  return NextResponse.json({ devices: await pushSubscriptionCount(user.id) });
});

export const DELETE = route({ body: pushUnsubscribeSchema, maxBytes: 4096 }, async ({ user, body }) => {
  const removed = await deletePushSubscription(user.id, body.endpoint);
  return NextResponse.json({ removed, devices: await pushSubscriptionCount(user.id) });
});

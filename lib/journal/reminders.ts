// The user's daily reminder and their browsers' push subscriptions: reads and writes, each for the session's user.
// The worker sends the reminders (lib/jobs/reminder-schedule.ts).
import { z } from "zod";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/dates";

export const reminderTimeSchema = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Choose a time of day, such as 20:30");

export type ReminderSettings = { enabled: boolean; time: string; email: boolean };

const OFF: ReminderSettings = { enabled: false, time: "20:00", email: false };

/** The time of day on the user's clock, "HH:MM". */
export function localTime(timeZone: string, now: Date = new Date()): string {
  return new Intl.DateTimeFormat("en-GB", { timeZone, hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(
    now,
  );
}

export async function readReminder(userId: string): Promise<ReminderSettings> {
  const reminder = await db.reminder.findUnique({
    where: { userId },
    select: { enabled: true, time: true, email: true },
  });
  return reminder ?? OFF;
}

/**
 * Saves the reminder. A time already past today starts tomorrow: turning
 * a reminder on at 21:00 for 20:00 does not send one straight away.
 */
export async function saveReminder(
  userId: string,
  settings: ReminderSettings & { timeZone: string },
  now: Date = new Date(),
): Promise<void> {
  const { enabled, time, email } = settings;
  const passed = localTime(settings.timeZone, now) >= time;
  const startTomorrow = passed ? { lastSentDay: todayIn(settings.timeZone, now) } : {};
  await db.reminder.upsert({
    where: { userId },
    create: { userId, enabled, time, email, ...startTomorrow },
    update: { enabled, time, email, ...startTomorrow },
  });
}

export type PushSubscriptionInput = { endpoint: string; p256dh: string; auth: string };

// Devices per user: enough for a household's phones and computers; beyond it the oldest is dropped, so an account
// cannot pile up endpoints for the worker to post to.
export const MAX_PUSH_SUBSCRIPTIONS = 10;

/** A browser's subscription; the same endpoint signed in as someone else now reminds them instead. */
export async function savePushSubscription(userId: string, subscription: PushSubscriptionInput): Promise<void> {
  const { endpoint, p256dh, auth } = subscription;
  await db.pushSubscription.upsert({
    where: { endpoint },
    create: { userId, endpoint, p256dh, auth },
    update: { userId, p256dh, auth },
  });
  const older = await db.pushSubscription.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    skip: MAX_PUSH_SUBSCRIPTIONS,
    select: { id: true },
  });
  if (older.length > 0) await db.pushSubscription.deleteMany({ where: { id: { in: older.map((s) => s.id) } } });
}

export async function deletePushSubscription(userId: string, endpoint: string): Promise<number> {
  return (await db.pushSubscription.deleteMany({ where: { userId, endpoint } })).count;
}

export async function pushSubscriptionCount(userId: string): Promise<number> {
  return db.pushSubscription.count({ where: { userId } });
}

/** "Sign out of all devices": no signed-out device goes on getting the reminder. */
export async function deleteAllPushSubscriptions(userId: string): Promise<void> {
  await db.pushSubscription.deleteMany({ where: { userId } });
}

// Daily reminders, sent by the worker every minute for whoever's reminder time has come in their time zone: by
// e-mail (when they asked and the server has SMTP) and to each of their browsers' push subscriptions. At most one a
// day: the day is claimed in the database before anything is sent (lastSentDay, so a restart or a second worker on
// PostgreSQL does not send it again), and a day that already has an entry gets none. When nothing could be
// delivered (SMTP or every push service down) the claim is given back and the next minute tries again.
import { Cron } from "croner";
import { WebPushError } from "web-push";
import { db } from "@/lib/db";
import { todayIn } from "@/lib/dates";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { dataDir } from "@/lib/config/paths";
import { localTime } from "@/lib/journal/reminders";
import { mailConfigured, sendMail } from "@/lib/mail/mailer";
import { sendPush } from "@/lib/reminders/push";
import { loadOrCreateVapidKeys, vapidSubject } from "@/lib/reminders/vapid";
import { reminderMail, reminderPush } from "@/lib/reminders/words";

type Due = {
  userId: string;
  time: string;
  email: boolean;
  lastSentDay: string | null;
  user: { email: string; timeZone: string; locale: string | null };
};

async function deliver(reminder: Due): Promise<{ delivered: number; failed: number }> {
  let delivered = 0;
  let failed = 0;
  if (reminder.email && mailConfigured()) {
    const link = env.publicUrl ? new URL("/journal", env.publicUrl).toString() : null;
    try {
      await sendMail({ to: reminder.user.email, ...reminderMail(reminder.user.locale, link) });
      delivered++;
    } catch (error) {
      failed++;
      logger.error({ err: error, userId: reminder.userId }, "reminders: e-mail failed");
    }
  }
  const subscriptions = await db.pushSubscription.findMany({ where: { userId: reminder.userId } });
  if (subscriptions.length === 0) return { delivered, failed };
  const vapid = { ...loadOrCreateVapidKeys(dataDir()), subject: vapidSubject(env.publicUrl, env.smtp?.from) };
  const payload = reminderPush(reminder.user.locale);
  for (const subscription of subscriptions) {
    try {
      if ((await sendPush(subscription, payload, vapid)) === "sent") delivered++;
      else await db.pushSubscription.deleteMany({ where: { id: subscription.id } });
    } catch (error) {
      failed++;
      // The status only: the error holds the endpoint, which names this browser at its push service.
      const status = error instanceof WebPushError ? error.statusCode : undefined;
      logger.warn(
        { userId: reminder.userId, status, reason: status ? undefined : String(error) },
        "reminders: push failed",
      );
    }
  }
  return { delivered, failed };
}

/** Sends this user's reminder if its time has come today and it has not gone out; true when it went out. */
async function remindIfDue(reminder: Due, now: Date): Promise<boolean> {
  const { timeZone } = reminder.user;
  const today = todayIn(timeZone, now);
  if (reminder.lastSentDay === today || localTime(timeZone, now) < reminder.time) return false;
  const channels =
    (reminder.email && mailConfigured()) ||
    (await db.pushSubscription.count({ where: { userId: reminder.userId } })) > 0;
  if (!channels) return false;
  const claimed = await db.reminder.updateMany({
    where: { userId: reminder.userId, enabled: true, OR: [{ lastSentDay: null }, { lastSentDay: { not: today } }] },
    data: { lastSentDay: today },
  });
  if (claimed.count === 0) return false;
  if ((await db.entry.count({ where: { userId: reminder.userId, date: today } })) > 0) return false;
  const { delivered, failed } = await deliver(reminder);
  if (delivered === 0 && failed > 0) {
    await db.reminder.updateMany({
      where: { userId: reminder.userId, lastSentDay: today },
      data: { lastSentDay: reminder.lastSentDay },
    });
  }
  return delivered > 0;
}

/** Every reminder whose time has come; returns how many went out. */
export async function sendDueReminders(now: Date = new Date()): Promise<number> {
  const reminders = await db.reminder.findMany({
    where: { enabled: true },
    select: {
      userId: true,
      time: true,
      email: true,
      lastSentDay: true,
      user: { select: { email: true, timeZone: true, locale: true } },
    },
  });
  let sent = 0;
  for (const reminder of reminders) {
    try {
      if (await remindIfDue(reminder, now)) sent++;
    } catch (error) {
      logger.error({ err: error, userId: reminder.userId }, "reminders: sending failed");
    }
  }
  if (sent > 0) logger.info({ sent }, "reminders: sent");
  return sent;
}

/** At start (a reminder whose time passed while the worker was down still goes out that day), then every minute. */
export function startReminderScheduler(): Cron {
  const job = new Cron("* * * * *", { name: "reminders", protect: true, timezone: "UTC" }, async () => {
    await sendDueReminders();
  });
  void job.trigger();
  return job;
}

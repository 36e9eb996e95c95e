// Settings → Daily reminder: the time and e-mail (a form action), and notifications on this device (Web Push,
// through the browser maker's push service, which the card names).
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { SessionUser } from "@/lib/auth/session";
import { dataDir } from "@/lib/config/paths";
import { env } from "@/lib/env";
import { pushSubscriptionCount, readReminder } from "@/lib/journal/reminders";
import { loadOrCreateVapidKeys } from "@/lib/reminders/vapid";
import type { FormAction } from "@/lib/server/action";
import { PushToggle } from "./push-toggle";
import { ReminderForm } from "./reminder-form";

type Props = { user: SessionUser; action: FormAction<"enabled" | "time" | "email"> };

export async function RemindersCard({ user, action }: Props) {
  const [t, reminder, devices] = await Promise.all([
    getTranslations("reminders"),
    readReminder(user.id),
    pushSubscriptionCount(user.id),
  ]);
  const { publicKey } = loadOrCreateVapidKeys(dataDir());
  return (
    <Card aria-labelledby="reminders-heading">
      <h2 id="reminders-heading" className="mb-1 text-lg font-semibold">
        {t("heading")}
      </h2>
      <p className="mb-4 text-sm text-muted">{t("intro", { timeZone: user.timeZone })}</p>
      <ReminderForm action={action} initial={reminder} email={user.email} mail={env.smtp !== null} />
      {reminder.enabled && !reminder.email && devices === 0 && (
        <p className="mt-3 text-sm text-danger">{t("needsChannel")}</p>
      )}
      <div className="mt-6 space-y-3 border-t border-line pt-5">
        <h3 className="font-medium">{t("push.heading")}</h3>
        <p className="text-sm text-muted">{t("push.explain")}</p>
        <p className="text-sm text-muted" data-testid="push-devices">
          {t("push.devices", { count: devices })}
        </p>
        <PushToggle vapidPublicKey={publicKey} />
      </div>
    </Card>
  );
}

"use client";

// The daily reminder: on or off, the time on the user's clock, and e-mail when the server can send it.
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { FormMessages } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import { useForm } from "@/components/ui/use-form";
import type { ReminderSettings } from "@/lib/journal/reminders";
import type { FormAction } from "@/lib/server/action";

type Props = {
  action: FormAction<"enabled" | "time" | "email">;
  initial: ReminderSettings;
  email: string;
  mail: boolean;
};

const checkboxClass = "mt-0.5 size-4 accent-[var(--color-accent)]";

export function ReminderForm({ action, initial, email, mail }: Props) {
  const t = useTranslations("reminders");
  const { state, formAction, pending, fieldError } = useForm(action);
  // After an answer, the form as it was sent; before, as stored.
  const shown = state.values
    ? { enabled: state.values.enabled === "on", time: state.values.time, email: state.values.email === "on" }
    : initial;
  return (
    <form action={formAction} className="space-y-4" key={JSON.stringify(shown)}>
      <FormMessages state={state} />
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="enabled" value="on" defaultChecked={shown.enabled} className={checkboxClass} />
        <span>{t("enabled")}</span>
      </label>
      <div className="max-w-40">
        <TextField
          id="reminder-time"
          name="time"
          type="time"
          label={t("time")}
          defaultValue={shown.time}
          error={fieldError("time")}
        />
      </div>
      {mail ? (
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="email" value="on" defaultChecked={shown.email} className={checkboxClass} />
          <span>{t("byEmail", { email })}</span>
        </label>
      ) : (
        <p className="text-sm text-muted">{t("noMail")}</p>
      )}
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessages } from "@/components/ui/form-message";
import { Field } from "@/components/ui/field";
import { TextField } from "@/components/ui/text-field";
import { useBrowserTimeZone } from "@/components/ui/use-browser";
import { useForm } from "@/components/ui/use-form";
import { LOCALES, type Locale } from "@/i18n/locales";
import type { FormAction } from "@/lib/server/action";

type Props = {
  action: FormAction<"name" | "timeZone" | "locale">;
  initial: { name: string; timeZone: string; locale: Locale };
  timeZones: string[];
};

export function ProfileForm({ action, initial, timeZones }: Props) {
  const { state, formAction, pending, fieldError } = useForm(action);
  const values = { ...initial, ...state.values };
  const [timeZone, setTimeZone] = useState(values.timeZone);
  const browserZone = useBrowserTimeZone();
  const suggest = browserZone && browserZone !== timeZone && timeZones.includes(browserZone);
  const t = useTranslations("settings.profile");
  const names = useTranslations("nav.languageNames");
  const selectClass =
    "h-10 w-full rounded-md border border-line bg-card px-3 text-base text-ink aria-[invalid=true]:border-danger";

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessages state={state} />
      <TextField
        id="name"
        label={t("name")}
        error={fieldError("name")}
        name="name"
        autoComplete="name"
        defaultValue={values.name}
      />
      <Field id="timeZone" label={t("timeZone")} hint={t("timeZoneHint")} error={fieldError("timeZone")}>
        <select
          id="timeZone"
          name="timeZone"
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          aria-invalid={!!fieldError("timeZone")}
          aria-describedby={fieldError("timeZone") ? "timeZone-error" : "timeZone-hint"}
          className={selectClass}
        >
          {timeZones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replaceAll("_", " ")}
            </option>
          ))}
        </select>
      </Field>
      {suggest && (
        <p className="text-sm text-muted">
          {t("browserZone", { zone: browserZone.replaceAll("_", " ") })}{" "}
          <button
            type="button"
            className="cursor-pointer text-accent underline"
            onClick={() => setTimeZone(browserZone)}
          >
            {t("useIt")}
          </button>
        </p>
      )}
      <Field id="locale" label={t("language")} hint={t("languageHint")} error={fieldError("locale")}>
        <select
          id="locale"
          name="locale"
          defaultValue={values.locale || initial.locale}
          aria-invalid={!!fieldError("locale")}
          aria-describedby={fieldError("locale") ? "locale-error" : "locale-hint"}
          className={selectClass}
        >
          {LOCALES.map((locale) => (
            <option key={locale} value={locale} lang={locale}>
              {names(locale)}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("save")}
      </Button>
    </form>
  );
}

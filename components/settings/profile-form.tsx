"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessages } from "@/components/ui/form-message";
import { Field } from "@/components/ui/field";
import { TextField } from "@/components/ui/text-field";
import { useBrowserTimeZone } from "@/components/ui/use-browser";
import { useForm } from "@/components/ui/use-form";
import type { FormAction } from "@/lib/server/action";

type Props = {
  action: FormAction<"name" | "timeZone">;
  initial: { name: string; timeZone: string };
  timeZones: string[];
};

export function ProfileForm({ action, initial, timeZones }: Props) {
  const { state, formAction, pending, fieldError } = useForm(action);
  const values = { ...initial, ...state.values };
  const [timeZone, setTimeZone] = useState(values.timeZone);
  const browserZone = useBrowserTimeZone();
  const suggest = browserZone && browserZone !== timeZone && timeZones.includes(browserZone);

  return (
    <form action={formAction} className="space-y-4" noValidate>
      <FormMessages state={state} />
      <TextField
        id="name"
        label="Name (optional)"
        error={fieldError("name")}
        name="name"
        autoComplete="name"
        defaultValue={values.name}
      />
      <Field
        id="timeZone"
        label="Time zone"
        hint="Decides which day is “today” in your journal."
        error={fieldError("timeZone")}
      >
        <select
          id="timeZone"
          name="timeZone"
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          aria-invalid={!!fieldError("timeZone")}
          aria-describedby={fieldError("timeZone") ? "timeZone-error" : "timeZone-hint"}
          className="h-10 w-full rounded-md border border-line bg-card px-3 text-base text-ink aria-[invalid=true]:border-danger"
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
          This browser is set to {browserZone.replaceAll("_", " ")}.{" "}
          <button
            type="button"
            className="cursor-pointer text-accent underline"
            onClick={() => setTimeZone(browserZone)}
          >
            Use it
          </button>
        </p>
      )}
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save profile"}
      </Button>
    </form>
  );
}

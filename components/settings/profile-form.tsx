"use client";

import { useActionState, useState } from "react";
import { type ProfileFormState, updateProfileAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";
import { Field } from "@/components/ui/field";
import { TextField } from "@/components/ui/text-field";
import { useBrowserTimeZone } from "@/components/ui/use-browser-time-zone";

type Props = { initial: { name: string; timeZone: string }; timeZones: string[] };

export function ProfileForm({ initial, timeZones }: Props) {
  const [state, formAction, pending] = useActionState<ProfileFormState, FormData>(updateProfileAction, {});
  const values = { ...initial, ...state.values };
  const [timeZone, setTimeZone] = useState(values.timeZone);
  const browserZone = useBrowserTimeZone();
  const error = (field: "name" | "timeZone") => state.fieldErrors?.[field]?.[0];
  const suggest = browserZone && browserZone !== timeZone && timeZones.includes(browserZone);

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {state.saved && <FormMessage tone="ok">Profile saved.</FormMessage>}
      {state.message && <FormMessage>{state.message}</FormMessage>}
      <TextField
        id="name"
        label="Name (optional)"
        error={error("name")}
        name="name"
        autoComplete="name"
        defaultValue={values.name}
      />
      <Field
        id="timeZone"
        label="Time zone"
        hint="Decides which day is “today” in your journal."
        error={error("timeZone")}
      >
        <select
          id="timeZone"
          name="timeZone"
          value={timeZone}
          onChange={(event) => setTimeZone(event.target.value)}
          aria-invalid={!!error("timeZone")}
          aria-describedby={error("timeZone") ? "timeZone-error" : "timeZone-hint"}
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

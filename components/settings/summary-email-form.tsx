"use client";

import { useActionState } from "react";
import { type SummaryEmailFormState, updateSummaryEmailAction } from "@/app/(app)/settings/actions";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/form-message";

export function SummaryEmailForm({ email, initial }: { email: string; initial: boolean }) {
  const [state, formAction, pending] = useActionState<SummaryEmailFormState, FormData>(updateSummaryEmailAction, {});
  const on = state.on ?? initial;
  return (
    <form action={formAction} className="space-y-3">
      {state.saved && (
        <FormMessage tone="ok">
          {on ? `Each week's summary will be sent to ${email}.` : "Summaries will not be e-mailed."}
        </FormMessage>
      )}
      {state.message && <FormMessage>{state.message}</FormMessage>}
      <label className="flex items-start gap-2 text-sm">
        <input
          type="checkbox"
          name="summaryEmail"
          value="on"
          defaultChecked={on}
          className="mt-0.5 size-4 accent-[var(--color-accent)]"
        />
        <span>E-mail me each week&apos;s summary, on the Monday after the week ends</span>
      </label>
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Save"}
      </Button>
    </form>
  );
}

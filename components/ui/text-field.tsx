// A labelled input whose hint and error are announced with it (aria-describedby), used by every form.
import type { ComponentProps } from "react";
import { Field } from "./field";
import { Input } from "./input";

type Props = ComponentProps<"input"> & { id: string; label: string; hint?: string; error?: string };

export function TextField({ id, label, hint, error, ...input }: Props) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <Input
        id={id}
        aria-invalid={!!error}
        aria-describedby={error ? `${id}-error` : hint ? `${id}-hint` : undefined}
        {...input}
      />
    </Field>
  );
}

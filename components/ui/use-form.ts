import { useActionState } from "react";
import type { FormAction, FormState } from "@/lib/server/action";

/**
 * The one way a form uses its action: the page hands the form an action made with formAction
 * (lib/server/action.ts), and the form reads its answer through this.
 */
export function useForm<F extends string>(action: FormAction<F>) {
  const [state, formAction, pending] = useActionState<FormState<F>, FormData>(action, {});
  /** The field's first error, for its TextField or Field. */
  const fieldError = (field: F): string | undefined => state.fieldErrors?.[field]?.[0];
  return { state, formAction, pending, fieldError };
}

import { useTranslations } from "next-intl";
import { useForm } from "@/components/ui/use-form";
import type { FormAction } from "@/lib/server/action";

/** useForm for the tag forms: a refused field's message is a key of the "tags" messages (lib/validations/tags.ts). */
export function useTagForm<F extends string>(action: FormAction<F>) {
  const t = useTranslations("tags");
  const form = useForm(action);
  const fieldError = (field: F): string | undefined => {
    const key = form.fieldError(field);
    return key && t.has(key as never) ? t(key as never) : key;
  };
  return { ...form, fieldError };
}

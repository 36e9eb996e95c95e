"use client";

// A tag page's changes: rename it, merge it into another tag, or delete it (after a confirmation; its entries stay).
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { Field } from "@/components/ui/field";
import { FormMessage, FormMessages } from "@/components/ui/form-message";
import { TextField } from "@/components/ui/text-field";
import type { ActionResult, FormAction } from "@/lib/server/action";
import type { TagSummary } from "@/lib/journal/tags";
import { useTagForm } from "./use-tag-form";

type Props = {
  tag: TagSummary;
  others: TagSummary[];
  rename: FormAction<"tagId" | "name">;
  merge: FormAction<"tagId" | "into">;
  remove: (input: { tagId: string }) => Promise<ActionResult>;
};

function RenameForm({ tag, action }: { tag: TagSummary; action: Props["rename"] }) {
  const t = useTranslations("tags");
  const { state, formAction, pending, fieldError } = useTagForm(action);
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="tagId" value={tag.id} />
      <TextField
        id="rename-tag"
        name="name"
        label={t("renameLabel")}
        error={fieldError("name")}
        defaultValue={state.values?.name ?? tag.name}
        maxLength={40}
      />
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("rename")}
      </Button>
    </form>
  );
}

function MergeForm({ tag, others, action }: { tag: TagSummary; others: TagSummary[]; action: Props["merge"] }) {
  const t = useTranslations("tags");
  const { state, formAction, pending, fieldError } = useTagForm(action);
  const error = fieldError("into");
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <FormMessages state={state} />
      <input type="hidden" name="tagId" value={tag.id} />
      <Field id="merge-into" label={t("mergeLabel", { name: tag.name })} hint={t("mergeHint")} error={error}>
        <select
          id="merge-into"
          name="into"
          aria-invalid={!!error}
          aria-describedby={error ? "merge-into-error" : "merge-into-hint"}
          className="h-10 w-full rounded-md border border-line bg-card px-3 text-base text-ink"
        >
          {others.map((other) => (
            <option key={other.id} value={other.id}>
              {t("option", { name: other.name, count: other.count })}
            </option>
          ))}
        </select>
      </Field>
      <Button type="submit" variant="secondary" disabled={pending}>
        {t("merge")}
      </Button>
    </form>
  );
}

function DeleteTag({ tag, action }: { tag: TagSummary; action: Props["remove"] }) {
  const t = useTranslations("tags");
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function confirm() {
    setBusy(true);
    setError(null);
    const result = await action({ tagId: tag.id }).catch(() => ({ ok: false as const, error: t("errors.offline") }));
    setBusy(false);
    if (!result.ok) {
      setOpen(false);
      setError(result.error);
      return;
    }
    router.push("/tags");
  }

  return (
    <div className="space-y-3">
      {error && <FormMessage>{error}</FormMessage>}
      <Button variant="ghost" className="text-danger" onClick={() => setOpen(true)}>
        {t("delete")}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t("deleteTitle", { name: tag.name })}
        cancel={t("deleteCancel")}
        confirm={busy ? t("deleting") : t("deleteConfirm")}
        onConfirm={() => void confirm()}
        busy={busy}
      >
        <p>{t("deleteBody", { count: tag.count })}</p>
      </ConfirmDialog>
    </div>
  );
}

export function ManageTag({ tag, others, rename, merge, remove }: Props) {
  const t = useTranslations("tags");
  return (
    <section aria-labelledby="manage-tag" className="space-y-6 rounded-lg border border-line bg-card p-4">
      <h2 id="manage-tag" className="font-medium">
        {t("manage")}
      </h2>
      <RenameForm tag={tag} action={rename} />
      {others.length > 0 && <MergeForm tag={tag} others={others} action={merge} />}
      <DeleteTag tag={tag} action={remove} />
    </section>
  );
}

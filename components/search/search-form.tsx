// The search form: an ordinary GET form, so the query lives in the address and works without script.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { Input } from "@/components/ui/input";
import type { TagSummary } from "@/lib/journal/tags";

type Values = { q?: string; tag?: string; mood?: string; from?: string; to?: string };

const selectClass = "h-10 w-full rounded-md border border-line bg-card px-3 text-base text-ink";

export async function SearchForm({
  values,
  tags,
  errors,
  today,
}: {
  values: Values;
  tags: TagSummary[];
  errors: Partial<Record<keyof Values, string>>;
  today: string;
}) {
  const t = await getTranslations("search");
  const described = (field: keyof Values) => (errors[field] ? { "aria-describedby": `${field}-error` } : {});
  return (
    <form role="search" action="/search" method="get" className="space-y-4 rounded-lg border border-line bg-card p-4">
      <Field id="q" label={t("queryLabel")} error={errors.q}>
        <Input
          id="q"
          name="q"
          type="search"
          defaultValue={values.q ?? ""}
          placeholder={t("queryPlaceholder")}
          aria-invalid={!!errors.q}
          {...described("q")}
        />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field id="tag" label={t("tagLabel")} error={errors.tag}>
          <select id="tag" name="tag" defaultValue={values.tag ?? ""} className={selectClass} {...described("tag")}>
            <option value="">{t("anyTag")}</option>
            {tags.map((tag) => (
              <option key={tag.id} value={tag.name}>
                {tag.name}
              </option>
            ))}
          </select>
        </Field>
        <Field id="mood" label={t("moodLabel")} error={errors.mood}>
          <select id="mood" name="mood" defaultValue={values.mood ?? ""} className={selectClass} {...described("mood")}>
            <option value="">{t("anyMood")}</option>
            {[1, 2, 3, 4, 5].map((mood) => (
              <option key={mood} value={mood}>
                {t("mood", { mood })}
              </option>
            ))}
          </select>
        </Field>
        <Field id="from" label={t("fromLabel")} error={errors.from}>
          <Input
            id="from"
            name="from"
            type="date"
            max={today}
            defaultValue={values.from ?? ""}
            {...described("from")}
          />
        </Field>
        <Field id="to" label={t("toLabel")} error={errors.to}>
          <Input id="to" name="to" type="date" max={today} defaultValue={values.to ?? ""} {...described("to")} />
        </Field>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <Button type="submit">{t("submit")}</Button>
        <Link href="/search" className="text-sm text-accent underline">
          {t("clear")}
        </Link>
      </div>
    </form>
  );
}

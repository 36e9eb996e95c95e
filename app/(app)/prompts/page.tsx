import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OwnAidsCard } from "@/components/prompts/own-aids-card";
import { BUILT_IN_THEMES, builtInPromptChoices, builtInTemplateChoices } from "@/components/prompts/prompt-choices";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { listPrompts, listTemplates } from "@/lib/journal/writing-aids";
import { deletePromptAction, deleteTemplateAction, savePromptAction, saveTemplateAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("prompts.page"))("title") };
}

export default async function PromptsPage() {
  const user = await requireUser();
  const t = await getTranslations("prompts");
  const [prompts, templates, builtIn, builtInTemplates] = await Promise.all([
    listPrompts(user.id),
    listTemplates(user.id),
    builtInPromptChoices(),
    builtInTemplateChoices(),
  ]);

  return (
    <div className="max-w-3xl space-y-6">
      <div className="space-y-2">
        <h1 className="font-serif text-3xl">{t("page.title")}</h1>
        <p className="text-muted">{t("page.intro")}</p>
      </div>

      <OwnAidsCard kind="prompt" items={prompts} save={savePromptAction} remove={deletePromptAction} />
      <OwnAidsCard kind="template" items={templates} save={saveTemplateAction} remove={deleteTemplateAction} />

      <Card aria-labelledby="built-in-prompts">
        <h2 id="built-in-prompts" className="text-lg font-semibold">
          {t("page.builtIn")}
        </h2>
        <p className="mb-4 text-sm text-muted">{t("page.builtInHint")}</p>
        <div className="grid gap-5 sm:grid-cols-2">
          {BUILT_IN_THEMES.map((theme) => (
            <section key={theme} aria-labelledby={`theme-${theme}`}>
              <h3 id={`theme-${theme}`} className="mb-1 font-medium">
                {t(`themes.${theme}`)}
              </h3>
              <ul className="list-disc space-y-1 pl-5 text-sm">
                {builtIn
                  .filter((p) => p.group === theme)
                  .map((p) => (
                    <li key={p.id}>{p.text}</li>
                  ))}
              </ul>
            </section>
          ))}
        </div>
      </Card>

      <Card aria-labelledby="built-in-templates">
        <h2 id="built-in-templates" className="mb-3 text-lg font-semibold">
          {t("page.builtInTemplates")}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          {builtInTemplates.map((x) => (
            <section key={x.id} aria-labelledby={`template-${x.id}`} className="space-y-1">
              <h3 id={`template-${x.id}`} className="font-medium">
                {x.name}
              </h3>
              <pre className="rounded bg-accent-soft/50 px-3 py-2 text-xs whitespace-pre-wrap text-muted">
                {x.body.trimEnd()}
              </pre>
            </section>
          ))}
        </div>
      </Card>
    </div>
  );
}

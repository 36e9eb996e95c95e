import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import Link from "next/link";
import { DeleteAccount } from "@/components/settings/delete-account";
import { ImportForm } from "@/components/settings/import-form";
import { PasswordForm } from "@/components/settings/password-form";
import { ProfileForm } from "@/components/settings/profile-form";
import { RemindersCard } from "@/components/reminders/reminders-card";
import { SummaryEmailForm } from "@/components/settings/summary-email-form";
import { SignOutButton } from "@/components/layout/sign-out-button";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { richTags } from "@/components/ui/rich-text";
import { summaryEmailOf } from "@/lib/auth/profile";
import { requireUser } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { countEntries } from "@/lib/journal/entries";
import { MAX_IMPORT_BYTES } from "@/lib/journal/import";
import { MIN_PASSWORD_LENGTH } from "@/lib/validations/auth";
import {
  changePasswordAction,
  deleteAccountAction,
  signOutEverywhereAction,
  updateProfileAction,
  updateReminderAction,
  updateSummaryEmailAction,
} from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("title") };
}

// Intl's list leaves out "UTC", the default for new accounts, and may lack an older name a user chose.
function timeZoneOptions(current: string): string[] {
  const zones = new Set(["UTC", ...Intl.supportedValuesOf("timeZone")]);
  zones.add(current);
  return [...zones];
}

function SectionHeading({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <h2 id={id} className="mb-1 text-lg font-semibold">
      {children}
    </h2>
  );
}

type Props = { searchParams: Promise<{ password?: string }> };

export default async function SettingsPage({ searchParams }: Props) {
  const user = await requireUser();
  const passwordChanged = (await searchParams).password === "changed";
  const [entryCount, summaryEmail] = await Promise.all([countEntries(user.id), summaryEmailOf(user.id)]);
  const t = await getTranslations("settings");
  // The language this page is read in: this browser's choice, else the saved one (i18n/request.ts).
  const locale = await getLocale();

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="font-serif text-3xl">{t("title")}</h1>

      <Card aria-labelledby="profile-heading">
        <SectionHeading id="profile-heading">{t("profile.heading")}</SectionHeading>
        <p className="mb-5 text-sm text-muted">{t("profile.signedInAs", { email: user.email })}</p>
        <ProfileForm
          action={updateProfileAction}
          initial={{ name: user.name ?? "", timeZone: user.timeZone, locale }}
          timeZones={timeZoneOptions(user.timeZone)}
        />
      </Card>

      <Card aria-labelledby="summaries-heading">
        <SectionHeading id="summaries-heading">{t("summaries.heading")}</SectionHeading>
        <p className="mb-4 text-sm text-muted">
          {t.rich("summaries.text", {
            link: (chunks) => (
              <Link href="/summaries" className="text-accent underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
        {env.smtp ? (
          <SummaryEmailForm action={updateSummaryEmailAction} initial={summaryEmail} />
        ) : (
          <p className="text-sm text-muted">{t.rich("summaries.noSmtp", richTags)}</p>
        )}
      </Card>

      <RemindersCard user={user} action={updateReminderAction} />

      <Card aria-labelledby="password-heading">
        <SectionHeading id="password-heading">{t("password.heading")}</SectionHeading>
        <p className="mb-5 text-sm text-muted">{t("password.lead")}</p>
        {/* Keyed so that the fields are empty again after a change. */}
        <PasswordForm
          key={passwordChanged ? "changed" : "form"}
          action={changePasswordAction}
          email={user.email}
          minPasswordLength={MIN_PASSWORD_LENGTH}
          changed={passwordChanged}
        />
      </Card>

      <Card aria-labelledby="sessions-heading">
        <SectionHeading id="sessions-heading">{t("sessions.heading")}</SectionHeading>
        <p className="mb-4 text-sm text-muted">{t("sessions.text")}</p>
        <SignOutButton
          userId={user.id}
          action={signOutEverywhereAction}
          label={t("sessions.signOutAll")}
          variant="secondary"
        />
      </Card>

      <Card aria-labelledby="data-heading" className="space-y-6">
        <div>
          <SectionHeading id="data-heading">{t("data.heading")}</SectionHeading>
          <p className="text-sm text-muted">{t("data.count", { count: entryCount })}</p>
        </div>

        <div className="space-y-3">
          <h3 className="font-medium">{t("data.export")}</h3>
          <p className="text-sm text-muted">{t("data.exportText")}</p>
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="secondary">
              <a href="/api/export" download>
                {t("data.exportJson")}
              </a>
            </Button>
            <Button asChild variant="secondary">
              <a href="/api/export/markdown" download>
                {t("data.exportMarkdown")}
              </a>
            </Button>
            <Button asChild variant="ghost">
              <Link href="/print">{t("data.print")}</Link>
            </Button>
          </div>
        </div>

        <div className="space-y-3 border-t border-line pt-6">
          <h3 className="font-medium">{t("data.import")}</h3>
          <p className="text-sm text-muted">
            {t.rich("data.importText", { ...richTags, mb: MAX_IMPORT_BYTES / 1024 / 1024 })}
          </p>
          <ImportForm maxBytes={MAX_IMPORT_BYTES} />
        </div>
      </Card>

      <Card aria-labelledby="delete-heading">
        <SectionHeading id="delete-heading">{t("delete.heading")}</SectionHeading>
        <p className="mb-5 text-sm text-muted">{t("delete.text")}</p>
        <DeleteAccount userId={user.id} email={user.email} entryCount={entryCount} action={deleteAccountAction} />
      </Card>
    </div>
  );
}

import type { Metadata } from "next";
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

export const metadata: Metadata = { title: "Settings" };

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

  return (
    <div className="max-w-2xl space-y-6">
      <h1 className="font-serif text-3xl">Settings</h1>

      <Card aria-labelledby="profile-heading">
        <SectionHeading id="profile-heading">Profile</SectionHeading>
        <p className="mb-5 text-sm text-muted">Signed in as {user.email}.</p>
        <ProfileForm
          action={updateProfileAction}
          initial={{ name: user.name ?? "", timeZone: user.timeZone }}
          timeZones={timeZoneOptions(user.timeZone)}
        />
      </Card>

      <Card aria-labelledby="summaries-heading">
        <SectionHeading id="summaries-heading">Weekly summaries</SectionHeading>
        <p className="mb-4 text-sm text-muted">
          Every week ends at midnight on Sunday in your time zone; its summary appears under{" "}
          <Link href="/summaries" className="text-accent underline">
            Summaries
          </Link>{" "}
          within the hour.
        </p>
        {env.smtp ? (
          <SummaryEmailForm action={updateSummaryEmailAction} initial={summaryEmail} />
        ) : (
          <p className="text-sm text-muted">
            E-mail is not set up on this server, so summaries are not sent. The server&apos;s owner can set{" "}
            <code className="rounded bg-accent-soft px-1">SMTP_URL</code> to turn it on.
          </p>
        )}
      </Card>

      <RemindersCard user={user} action={updateReminderAction} />

      <Card aria-labelledby="password-heading">
        <SectionHeading id="password-heading">Password</SectionHeading>
        <p className="mb-5 text-sm text-muted">Enter your current password to choose a new one.</p>
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
        <SectionHeading id="sessions-heading">Signed-in devices</SectionHeading>
        <p className="mb-4 text-sm text-muted">
          Signed in on a computer you no longer use, or lost a phone? This ends every session of your account, this one
          too; each device has to sign in again.
        </p>
        <SignOutButton
          userId={user.id}
          action={signOutEverywhereAction}
          label="Sign out of all devices"
          variant="secondary"
        />
      </Card>

      <Card aria-labelledby="data-heading" className="space-y-6">
        <div>
          <SectionHeading id="data-heading">Your data</SectionHeading>
          <p className="text-sm text-muted">
            Your journal has {entryCount.toLocaleString("en-GB")} {entryCount === 1 ? "entry" : "entries"}.
          </p>
        </div>

        <div className="space-y-3">
          <h3 className="font-medium">Export</h3>
          <p className="text-sm text-muted">
            The JSON file holds everything: every entry with its mood and tags, your Keep and Let go marks, and your
            settings. It is the format the import below reads, so an export is also a backup you can restore into a new
            account. The Markdown zip has one file per entry, with its date, mood and tags at the top, for any notes
            app.
          </p>
          <div className="flex flex-wrap gap-2">
            <Button asChild variant="secondary">
              <a href="/api/export" download>
                Export everything (JSON)
              </a>
            </Button>
            <Button asChild variant="secondary">
              <a href="/api/export/markdown" download>
                Export as Markdown (zip)
              </a>
            </Button>
            <Button asChild variant="ghost">
              <Link href="/print">Print a date range</Link>
            </Button>
          </div>
        </div>

        <div className="space-y-3 border-t border-line pt-6">
          <h3 className="font-medium">Import</h3>
          <p className="text-sm text-muted">
            A Cellstate export, a Day One export (its zip, photos and all, or its Journal.json), a jrnl JSON export, or
            a zip of Markdown notes named by day (<code className="rounded bg-accent-soft px-1">2024-03-01.md</code>) or
            with a <code className="rounded bg-accent-soft px-1">date:</code> in their front matter. The journal may be
            up to {MAX_IMPORT_BYTES / 1024 / 1024} MB (a zip&apos;s photos don&apos;t count: they stay on your device).
            Several entries of one day are joined into that day&apos;s entry, in time order. The whole file is checked
            first and nothing is imported if any record has a problem. Days you already wrote are never overwritten: the
            same entry is skipped, a different one is kept as it is and listed.
          </p>
          <ImportForm maxBytes={MAX_IMPORT_BYTES} />
        </div>
      </Card>

      <Card aria-labelledby="delete-heading">
        <SectionHeading id="delete-heading">Delete account</SectionHeading>
        <p className="mb-5 text-sm text-muted">
          Deletes your account and everything in it from this server, for good. The server&apos;s backups keep a copy
          until they are replaced by newer ones.
        </p>
        <DeleteAccount userId={user.id} email={user.email} entryCount={entryCount} action={deleteAccountAction} />
      </Card>
    </div>
  );
}

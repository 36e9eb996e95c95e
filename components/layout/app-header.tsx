import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { signOutAction } from "@/app/(auth)/actions";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import { ThemeToggle } from "./theme-toggle";

export async function AppHeader({ isAdmin, email, userId }: { isAdmin: boolean; email: string; userId: string }) {
  const t = await getTranslations("nav");
  const writingDays = await getTranslations("writingDays");
  const prompts = await getTranslations("prompts");
  const [search, tags] = await Promise.all([getTranslations("search"), getTranslations("tags")]);
  return (
    <header className="border-b border-line bg-paper/90 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/journal" className="font-serif text-xl">
          {(await getTranslations("common"))("appName")}
        </Link>
        <nav
          aria-label={t("main")}
          className="order-3 -mx-2 flex w-full flex-wrap gap-x-0.5 gap-y-1 sm:order-none sm:mx-0 sm:w-auto sm:gap-1"
        >
          <NavLink href="/journal">{t("today")}</NavLink>
          <NavLink href="/entries">{t("entries")}</NavLink>
          <NavLink href="/search">{search("nav")}</NavLink>
          <NavLink href="/tags">{tags("nav")}</NavLink>
          <NavLink href="/summaries">{t("summaries")}</NavLink>
          <NavLink href="/writing">{writingDays("nav")}</NavLink>
          <NavLink href="/prompts">{prompts("nav")}</NavLink>
          <NavLink href="/settings">{t("settings")}</NavLink>
          {isAdmin && <NavLink href="/admin">{t("admin")}</NavLink>}
        </nav>
        <div className="ml-auto flex items-center gap-1">
          <span className="hidden text-sm text-muted md:inline" title={t("signedInAs")}>
            {email}
          </span>
          <ThemeToggle />
          <SignOutButton userId={userId} action={signOutAction} label={t("signOut")} />
        </div>
      </div>
    </header>
  );
}

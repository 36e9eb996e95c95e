import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/app/(auth)/actions";
import { NavLink } from "./nav-link";
import { SignOutButton } from "./sign-out-button";
import { ThemeToggle } from "./theme-toggle";

export async function AppHeader({ isAdmin, email, userId }: { isAdmin: boolean; email: string; userId: string }) {
  const [search, tags] = await Promise.all([getTranslations("search"), getTranslations("tags")]);
  return (
    <header className="border-b border-line bg-paper/90 print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3 sm:px-6">
        <Link href="/journal" className="font-serif text-xl">
          Cellstate
        </Link>
        <nav
          aria-label="Main"
          className="order-3 -mx-2 flex w-full flex-wrap gap-x-0.5 gap-y-1 sm:order-none sm:mx-0 sm:w-auto sm:gap-1"
        >
          <NavLink href="/journal">Today</NavLink>
          <NavLink href="/entries">Entries</NavLink>
          <NavLink href="/search">{search("nav")}</NavLink>
          <NavLink href="/tags">{tags("nav")}</NavLink>
          <NavLink href="/summaries">Summaries</NavLink>
          <NavLink href="/settings">Settings</NavLink>
          {isAdmin && <NavLink href="/admin">Admin</NavLink>}
        </nav>
        <div className="ml-auto flex items-center gap-1">
          <span className="hidden text-sm text-muted md:inline" title="Signed in as">
            {email}
          </span>
          <ThemeToggle />
          <SignOutButton userId={userId} action={signOutAction} label="Sign out" />
        </div>
      </div>
    </header>
  );
}

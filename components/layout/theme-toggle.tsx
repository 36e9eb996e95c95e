"use client";

import { Moon, Sun } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function ThemeToggle() {
  const t = useTranslations("nav");
  function toggle() {
    const dark = document.documentElement.classList.toggle("dark");
    try {
      localStorage.setItem("cellstate:theme", dark ? "dark" : "light");
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
  }
  return (
    <Button variant="ghost" size="icon" onClick={toggle} aria-label={t("theme")} title={t("themeTitle")}>
      <Sun className="hidden h-4 w-4 dark:block" aria-hidden />
      <Moon className="h-4 w-4 dark:hidden" aria-hidden />
    </Button>
  );
}

"use client";

import { Moon, Sun } from "lucide-react";
import { Button } from "@/components/ui/button";

export function ThemeToggle() {
  function toggle() {
    const dark = document.documentElement.classList.toggle("dark");
    try {
      localStorage.setItem("cellstate:theme", dark ? "dark" : "light");
    } catch {
      // Private mode without storage: the choice lasts for this page only.
    }
  }
  return (
    <Button variant="ghost" size="icon" onClick={toggle} aria-label="Switch light or dark theme" title="Light / dark">
      <Sun className="hidden h-4 w-4 dark:block" aria-hidden />
      <Moon className="h-4 w-4 dark:hidden" aria-hidden />
    </Button>
  );
}

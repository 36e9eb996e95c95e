"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

// A native date input: keyboard-friendly everywhere and a real calendar picker on phones.
export function JumpToDate({ value, max }: { value: string; max: string }) {
  const router = useRouter();
  const [date, setDate] = useState(value);
  const t = useTranslations("journal");
  return (
    <form
      className="flex items-center gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (date) router.push(`/journal/${date}`);
      }}
    >
      <label htmlFor="jump-date" className="sr-only">
        {t("goToDate")}
      </label>
      <Input
        id="jump-date"
        type="date"
        value={date}
        max={max}
        onChange={(event) => setDate(event.target.value)}
        className="h-8 w-auto text-sm"
      />
      <Button type="submit" variant="secondary" size="sm">
        {t("go")}
      </Button>
    </form>
  );
}

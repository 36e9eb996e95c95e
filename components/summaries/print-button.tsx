"use client";

import { Printer } from "lucide-react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export function PrintButton() {
  const t = useTranslations("summaries");
  return (
    <Button type="button" variant="secondary" size="sm" onClick={() => window.print()}>
      <Printer aria-hidden className="size-4" />
      {t("print")}
    </Button>
  );
}

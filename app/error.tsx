"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errorPages");
  return (
    <main className="mx-auto max-w-md px-5 py-20 text-center">
      <h1 className="mb-2 font-serif text-2xl">{t("errorHeading")}</h1>
      <p className="mb-6 text-muted">{t("errorText")}</p>
      <Button onClick={reset}>{t("tryAgain")}</Button>
    </main>
  );
}

"use client";

import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-md px-5 py-20 text-center">
      <h1 className="mb-2 font-serif text-2xl">Something went wrong</h1>
      <p className="mb-6 text-muted">
        The page could not be shown. Your saved entries are safe; anything unsaved is kept in this browser.
      </p>
      <Button onClick={reset}>Try again</Button>
    </main>
  );
}

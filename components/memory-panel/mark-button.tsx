"use client";

import { useState, useTransition } from "react";
import { setMarkAction } from "@/app/(app)/journal/[date]/actions";
import { Button } from "@/components/ui/button";

type Props = { themeId: string; kind: "keep" | "let-go"; on: boolean; label: string };

// One Keep / Let go / Undo button; the panel re-renders from the server once the mark is stored.
export function MarkButton({ themeId, kind, on, label }: Props) {
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="inline-flex items-center gap-2">
      <Button
        variant="secondary"
        size="sm"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await setMarkAction({ themeId, kind, on });
            setError(result.ok ? null : result.error);
          })
        }
      >
        {pending ? "…" : label}
      </Button>
      {error && <span className="text-xs text-danger">{error}</span>}
    </span>
  );
}

// The tags the interface's messages use for rich text (`t.rich(key, { ...richTags, link: … })`).
import type { ReactNode } from "react";

export const richTags = {
  code: (chunks: ReactNode) => <code className="rounded bg-accent-soft px-1 text-ink">{chunks}</code>,
};

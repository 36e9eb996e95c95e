// A result's snippet: plain text parts (lib/text/search-snippet.ts), the found words in <mark>. React writes each
// part as text, so nothing in an entry can become markup here.
import type { SnippetPart } from "@/lib/text/search-snippet";

export function Snippet({ parts }: { parts: SnippetPart[] }) {
  return (
    <p className="mt-1 font-serif text-muted" data-testid="snippet">
      {parts.map((part, k) =>
        part.hit ? (
          <mark key={k} className="rounded-sm bg-accent-soft px-0.5 text-ink">
            {part.text}
          </mark>
        ) : (
          <span key={k}>{part.text}</span>
        ),
      )}
    </p>
  );
}

// Entries are Markdown. react-markdown builds React elements and ignores raw HTML, so nothing in an entry
// can inject script or markup into the page.
import { useTranslations } from "next-intl";
import type { ComponentProps } from "react";
import ReactMarkdown from "react-markdown";
import remarkGfm from "remark-gfm";

// Any base will do: only whether the address stays on it matters.
const HERE = "http://this-server.invalid";

/** Addresses on this server (relative ones) and inline data load; anything else would call another site. */
function loadsFromHere(src: string): boolean {
  if (src.startsWith("data:image/")) return true;
  try {
    return new URL(src, HERE).origin === HERE;
  } catch {
    return false;
  }
}

// An image from another site would tell that site who read the entry and when: it is shown as a link to it,
// which loads nothing until the reader chooses to follow it.
function EntryImage({ src, alt, node: _node, ...rest }: ComponentProps<"img"> & { node?: unknown }) {
  // next/image needs the size before loading and a loader for each address; an entry's image has neither.
  // eslint-disable-next-line @next/next/no-img-element
  if (typeof src === "string" && loadsFromHere(src)) return <img src={src} alt={alt ?? ""} {...rest} />;
  return <ExternalImage href={typeof src === "string" ? src : undefined} alt={alt} />;
}

function ExternalImage({ href, alt }: { href: string | undefined; alt: string | undefined }) {
  const t = useTranslations("journal");
  return (
    <a href={href} rel="noopener noreferrer nofollow" target="_blank" data-testid="external-image">
      {alt ? t("imageWithAlt", { alt, href: href ?? "" }) : t("image", { href: href ?? "" })}
    </a>
  );
}

export function Markdown({ text }: { text: string }) {
  return (
    <div className="prose-entry">
      <ReactMarkdown remarkPlugins={[remarkGfm]} skipHtml components={{ img: EntryImage }}>
        {text}
      </ReactMarkdown>
    </div>
  );
}

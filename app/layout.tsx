import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { HTML_LANG, type Locale } from "@/i18n/locales";
import { NONCE_HEADER } from "@/lib/security/headers";
import { messages } from "@/messages";
import "./globals.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("common");
  return { title: { default: t("appName"), template: `%s · ${t("appName")}` }, description: t("description") };
}

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#fbfaf7" },
    { media: "(prefers-color-scheme: dark)", color: "#15171a" },
  ],
};

// Runs before first paint so a dark-mode reader never sees a white flash.
const themeScript = `try{var t=localStorage.getItem("cellstate:theme");if(t==="dark"||(t!=="light"&&matchMedia("(prefers-color-scheme: dark)").matches))document.documentElement.classList.add("dark")}catch(e){}`;

// What the browser's components may say: every namespace but `errors`, which the server says itself
// (lib/server/localize.ts) and which holds the server-failure sentence no page should carry (the fuzz test looks
// for it in every answer).
function clientMessages(locale: Locale) {
  return Object.fromEntries(Object.entries(messages[locale]).filter(([namespace]) => namespace !== "errors"));
}

// Reading the nonce (proxy.ts) makes every page render per request, which the nonce needs anyway.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  const locale = await getLocale();
  return (
    <html lang={HTML_LANG[locale]} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: themeScript }} />
      </head>
      <body className="min-h-screen">
        <NextIntlClientProvider messages={clientMessages(locale)}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}

// The web app manifest (/manifest.webmanifest): what a browser needs to offer "Install". It opens on today's page;
// its colours are the app's paper and accent (the page's theme-color follows light and dark, app/layout.tsx).
import type { MetadataRoute } from "next";
import { getTranslations } from "next-intl/server";
import { ICON_SIZES } from "@/lib/pwa/icon-art";

export default async function manifest(): Promise<MetadataRoute.Manifest> {
  const [common, t] = await Promise.all([getTranslations("common"), getTranslations("offline")]);
  return {
    id: "/journal",
    name: common("appName"),
    short_name: common("appName"),
    description: common("description"),
    start_url: "/journal",
    scope: "/",
    display: "standalone",
    background_color: "#fbfaf7",
    theme_color: "#fbfaf7",
    // Drawn with a safe zone (app/icon.tsx), so each file serves as either kind.
    icons: ICON_SIZES.flatMap((size) =>
      (["any", "maskable"] as const).map((purpose) => ({
        src: `/icon/${size}`,
        sizes: `${size}x${size}`,
        type: "image/png",
        purpose,
      })),
    ),
    shortcuts: [{ name: t("shortcutToday"), url: "/journal" }],
  };
}

// The app's icon, drawn here and rendered to PNG by Next at build (next/og): the manifest's icons (192 and 512
// pixels, app/manifest.ts) and the tab's. A ring and a dot, the cell and what it keeps, in the app's paper colour on
// its accent green. The mark stays inside the middle 60%, so a launcher that crops it to a circle (a maskable icon)
// cuts only background.
import { ImageResponse } from "next/og";
import { ICON_SIZES, iconArt } from "@/lib/pwa/icon-art";

export const contentType = "image/png";

export function generateImageMetadata() {
  return ICON_SIZES.map((size) => ({ id: String(size), size: { width: size, height: size }, contentType }));
}

export default async function Icon({ id }: { id: Promise<string | number> }) {
  const size = Number(await id);
  return new ImageResponse(iconArt(size), { width: size, height: size });
}

// The home-screen icon iOS asks for (it ignores the manifest's), the same drawing as app/icon.tsx.
import { ImageResponse } from "next/og";
import { iconArt } from "@/lib/pwa/icon-art";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

export default function AppleIcon() {
  return new ImageResponse(iconArt(size.width), size);
}

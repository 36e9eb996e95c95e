// The icon's drawing for next/og (app/icon.tsx, app/apple-icon.tsx): plain elements, which it renders to PNG.
export const ICON_SIZES = [192, 512] as const;

const PAPER = "#fbfaf7";
const ACCENT = "#3d6b5f";

export function iconArt(size: number) {
  const ring = Math.round(size * 0.5);
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        alignItems: "center",
        justifyContent: "center",
        background: ACCENT,
      }}
    >
      <div
        style={{
          width: ring,
          height: ring,
          borderRadius: "50%",
          border: `${Math.round(size * 0.06)}px solid ${PAPER}`,
          display: "flex",
          alignItems: "center",
          justifyContent: "center",
        }}
      >
        <div style={{ width: ring * 0.32, height: ring * 0.32, borderRadius: "50%", background: PAPER }} />
      </div>
    </div>
  );
}

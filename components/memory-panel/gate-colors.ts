// One colour per gate, the same in the panel's chart and the weekly summaries.
export const GATE_COLORS = { f: "var(--color-accent)", i: "#c08a3e", o: "#7a6fb0" } as const;

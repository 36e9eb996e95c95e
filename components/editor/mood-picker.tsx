"use client";

import { useTranslations } from "next-intl";

// Native radio buttons (arrow keys move between them) styled as a row of five.
const MOODS = [1, 2, 3, 4, 5] as const;

export function MoodPicker({ value, onChange }: { value: number | null; onChange: (mood: number | null) => void }) {
  const t = useTranslations("editor");
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="mb-1.5 text-sm font-medium">
        {t("mood")} <span className="font-normal text-muted">{t("optional")}</span>
      </legend>
      {MOODS.map((mood) => (
        <label key={mood} className="cursor-pointer">
          <input
            type="radio"
            name="mood"
            value={mood}
            checked={value === mood}
            onChange={() => onChange(mood)}
            className="peer sr-only"
          />
          <span className="flex h-9 items-center gap-1.5 rounded-full border border-line px-3 text-sm peer-checked:border-accent peer-checked:bg-accent-soft peer-checked:font-medium peer-focus-visible:outline-2 peer-focus-visible:outline-accent">
            <span aria-hidden className="font-semibold">
              {mood}
            </span>
            {t(`moods.${mood}`)}
          </span>
        </label>
      ))}
      {value !== null && (
        <button type="button" onClick={() => onChange(null)} className="cursor-pointer text-sm text-muted underline">
          {t("clearMood")}
        </button>
      )}
    </fieldset>
  );
}

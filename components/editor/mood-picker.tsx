"use client";

// Native radio buttons (arrow keys move between them) styled as a row of five.
const MOODS = [
  { value: 1, label: "Very low" },
  { value: 2, label: "Low" },
  { value: 3, label: "Okay" },
  { value: 4, label: "Good" },
  { value: 5, label: "Very good" },
] as const;

export function MoodPicker({ value, onChange }: { value: number | null; onChange: (mood: number | null) => void }) {
  return (
    <fieldset className="flex flex-wrap items-center gap-2">
      <legend className="mb-1.5 text-sm font-medium">
        Mood <span className="font-normal text-muted">(optional)</span>
      </legend>
      {MOODS.map((mood) => (
        <label key={mood.value} className="cursor-pointer">
          <input
            type="radio"
            name="mood"
            value={mood.value}
            checked={value === mood.value}
            onChange={() => onChange(mood.value)}
            className="peer sr-only"
          />
          <span className="flex h-9 items-center gap-1.5 rounded-full border border-line px-3 text-sm peer-checked:border-accent peer-checked:bg-accent-soft peer-checked:font-medium peer-focus-visible:outline-2 peer-focus-visible:outline-accent">
            <span aria-hidden className="font-semibold">
              {mood.value}
            </span>
            {mood.label}
          </span>
        </label>
      ))}
      {value !== null && (
        <button type="button" onClick={() => onChange(null)} className="cursor-pointer text-sm text-muted underline">
          Clear mood
        </button>
      )}
    </fieldset>
  );
}

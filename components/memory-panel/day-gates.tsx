import { useFormatter, useTranslations } from "next-intl";
import Link from "next/link";
import { dayDate } from "@/i18n/formats";
import type { DayGates as Gates } from "@/lib/journal/memory-panel";

// The three gates on the day's own entry, each in the words of the essay Cellstate comes from.
export function DayGates({ gates }: { gates: Gates }) {
  const t = useTranslations("memory.gates");
  const format = useFormatter();
  // "stronger than 40% of your entries", with the two ends said plainly.
  const compared = (rank: number | null, more: "stronger" | "more") => {
    if (rank === null) return t("alike");
    if (rank >= 1) return more === "stronger" ? t("strongerThanAll") : t("moreThanAll");
    if (rank <= 0) return t("lessThanAll");
    return more === "stronger" ? t("strongerThan", { rank }) : t("moreThan", { rank });
  };
  return (
    <dl className="space-y-3 text-sm" data-testid="day-gates">
      <div>
        <dt className="font-medium">
          {t("takingIn")} <span className="font-normal text-muted">{t("inputGate", { value: gates.i })}</span>
        </dt>
        <dd className="text-muted">
          {t("wrote", { value: gates.written, compared: compared(gates.writtenRank, "stronger") })}
        </dd>
      </div>
      <div>
        <dt className="font-medium">
          {t("lettingFade")} <span className="font-normal text-muted">{t("forgetGate", { value: gates.f })}</span>
        </dt>
        <dd className="text-muted">
          {t("kept", { kept: gates.f, faded: gates.faded, compared: compared(gates.fadedRank, "more") })}
        </dd>
      </div>
      <div>
        <dt className="font-medium">
          {t("bringing")} <span className="font-normal text-muted">{t("outputGate", { value: gates.o })}</span>
        </dt>
        <dd className="text-muted">
          {gates.surfaced.length === 0 ? (
            t("nothing")
          ) : (
            <ul className="mt-1 space-y-1">
              {gates.surfaced.map((d) => (
                <li key={d.themeId}>
                  <Link href={`/journal/${d.date}`} className="underline hover:text-ink">
                    {format.dateTime(dayDate(d.date), "dayShort")}
                  </Link>{" "}
                  {t("surfaced", { share: d.share, quote: d.quote })}
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
    </dl>
  );
}

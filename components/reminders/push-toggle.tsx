"use client";

// Notifications for the reminder on this browser: on or off here, with what the browser allows said plainly.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Button } from "@/components/ui/button";
import { type PushSupport, pushState, turnPushOff, turnPushOn } from "./push-subscription";

type State = PushSupport | "failed" | "working" | "checking";

export function PushToggle({ vapidPublicKey }: { vapidPublicKey: string }) {
  const t = useTranslations("reminders.push");
  const [state, setState] = useState<State>("checking");

  useEffect(() => {
    let live = true;
    void pushState().then((found) => live && setState(found));
    return () => {
      live = false;
    };
  }, []);

  async function toggle(on: boolean) {
    setState("working");
    if (on) setState(await turnPushOn(vapidPublicKey));
    else {
      await turnPushOff();
      setState("off");
    }
  }

  const message = {
    checking: null,
    working: t("working"),
    unsupported: t("unsupported"),
    denied: t("denied"),
    failed: t("failed"),
    on: t("on"),
    off: t("off"),
  }[state];
  const canToggle = state === "on" || state === "off" || state === "failed";
  return (
    <div className="space-y-3" data-testid="push-toggle" data-state={state}>
      {/* Always there, so a screen reader hears each change (no role: "status" is the page's form messages'). */}
      <p aria-live="polite" className={state === "failed" || state === "denied" ? "text-sm text-danger" : "text-sm"}>
        {message}
      </p>
      {canToggle && (
        <Button type="button" variant="secondary" onClick={() => void toggle(state !== "on")}>
          {state === "on" ? t("turnOff") : t("turnOn")}
        </Button>
      )}
    </div>
  );
}

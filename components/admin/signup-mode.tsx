import { useTranslations } from "next-intl";
import { richTags } from "@/components/ui/rich-text";

// The server's sign-up setting, so the admin knows whether strangers can create accounts.
export function SignupMode({ mode }: { mode: "open" | "closed" }) {
  const t = useTranslations("admin");
  const tags = { ...richTags, strong: (chunks: React.ReactNode) => <strong className="font-medium">{chunks}</strong> };
  return (
    <p className="rounded-lg border border-line bg-card px-4 py-3 text-sm" data-testid="signup-mode">
      {mode === "open" ? t.rich("signupOpen", tags) : t.rich("signupClosed", tags)}
    </p>
  );
}

// A message about a whole form (not one field). data-testid rather than role=alert for tests, because Next's
// route announcer also has role=alert.
export function FormMessage({ tone = "error", children }: { tone?: "error" | "ok"; children: React.ReactNode }) {
  return (
    <p
      role={tone === "error" ? "alert" : "status"}
      data-testid="form-message"
      className={
        tone === "error"
          ? "rounded-md bg-danger-soft px-3 py-2 text-sm text-danger"
          : "rounded-md bg-accent-soft px-3 py-2 text-sm"
      }
    >
      {children}
    </p>
  );
}

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

/** What the form's action last said about the whole form: what it did, or why it refused it. */
export function FormMessages({ state }: { state: { done?: string; message?: string } }) {
  return (
    <>
      {state.done && <FormMessage tone="ok">{state.done}</FormMessage>}
      {state.message && <FormMessage>{state.message}</FormMessage>}
    </>
  );
}

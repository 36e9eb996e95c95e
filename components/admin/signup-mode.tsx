// The server's sign-up setting, so the admin knows whether strangers can create accounts.
export function SignupMode({ mode }: { mode: "open" | "closed" }) {
  return (
    <p className="rounded-lg border border-line bg-card px-4 py-3 text-sm" data-testid="signup-mode">
      {mode === "open" ? (
        <>
          <strong className="font-medium">Sign-up is open:</strong> anyone who can reach this server can create an
          account.
        </>
      ) : (
        <>
          <strong className="font-medium">Sign-up is closed:</strong> only you can add accounts; set{" "}
          <code className="rounded bg-accent-soft px-1">SIGNUP=open</code> to change.
        </>
      )}
    </p>
  );
}

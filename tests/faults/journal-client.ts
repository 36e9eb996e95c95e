// The journal as a client sees it over HTTP: accounts made with the app's own sign-up (lib/auth/accounts.ts,
// straight into the running app's database, so no setup code or sign-up limit is in the way), one Auth.js
// sign-in per user, and the editor's autosave request.
import type { RunningApp } from "./running-app";

const PASSWORD = "a quiet walk by the river";

export type Session = { baseURL: string; cookie: string; email: string };

export async function createUsers(app: RunningApp, emails: string[]): Promise<void> {
  // lib/env.ts reads these once, when the app's modules are first imported below.
  process.env.DATA_DIR = app.dataDir;
  process.env.DATABASE_URL = app.databaseUrl;
  const { createUser } = await import("../setup/users");
  for (const email of emails) await createUser(email, PASSWORD);
}

function cookiesOf(response: Response): string[] {
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]!);
}

// The credentials callback the sign-in form posts to, with Auth.js's CSRF token.
export async function signIn(baseURL: string, email: string): Promise<Session> {
  const csrf = await fetch(`${baseURL}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const response = await fetch(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: cookiesOf(csrf).join("; "),
      origin: baseURL,
    },
    body: new URLSearchParams({ csrfToken, email, password: PASSWORD, callbackUrl: baseURL }),
  });
  const session = cookiesOf(response).find((cookie) => cookie.startsWith("authjs.session-token="));
  if (!session) throw new Error(`sign-in of ${email} failed: ${response.status} ${await response.text()}`);
  return { baseURL, cookie: session, email };
}

export type SaveResult =
  | { acknowledged: true; status: number; ms: number }
  | { acknowledged: false; status: number | null; ms: number; error: string };

// One autosave: PUT /api/journal/<date>, as the editor sends it. Acknowledged means a 2xx came back.
export async function save(session: Session, date: string, body: string): Promise<SaveResult> {
  const started = performance.now();
  try {
    const response = await fetch(`${session.baseURL}/api/journal/${date}`, {
      method: "PUT",
      headers: { "content-type": "application/json", cookie: session.cookie, origin: session.baseURL },
      body: JSON.stringify({ body }),
      signal: AbortSignal.timeout(30_000),
    });
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.ok) return { acknowledged: true, status: response.status, ms };
    return { acknowledged: false, status: response.status, ms, error: text.slice(0, 300) };
  } catch (error) {
    return { acknowledged: false, status: null, ms: performance.now() - started, error: String(error) };
  }
}

// Distinct past days, so every save is its own entry and "is it in the database" has one answer.
export function dayNumber(n: number): string {
  const date = new Date(Date.UTC(2024, 0, 1));
  date.setUTCDate(date.getUTCDate() + n);
  return date.toISOString().slice(0, 10);
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? 0;
}

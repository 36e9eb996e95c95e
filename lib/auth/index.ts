// Auth.js: email + password (Credentials), and single sign-on through an OpenID Connect provider when OIDC_* are set,
// with JWT sessions. Both end in the same server-side session (sessions.ts), started in the jwt callback. The token holds only the user id (`sub`) and the id of
// its server-side session (`sid`, sessions.ts), and the jwt callback checks on every request that the session still
// exists: signing out, "sign out of all devices" and a password change end it for good. Nothing the browser sends
// can change the token: the session "update" Auth.js offers is ignored.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import type { Provider } from "next-auth/providers";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { logger } from "@/lib/log";
import { clientAddress } from "@/lib/server/client-address";
import { TooManyTries } from "@/lib/server/entry-point";
import { signInAttempt } from "./limited-attempts";
import { accountForOidcProfile } from "./oidc-accounts";
import { endSession, SESSION_MAX_AGE_SECONDS, sessionIsLive, startSession } from "./sessions";

// Thrown through Auth.js to the sign-in action (actions.ts), which shows its message.
export class SignInLimited extends CredentialsSignin {
  code = "rate-limited";
  constructor(readonly limit: TooManyTries) {
    super(limit.message);
  }
}

// The right password for a disabled account (lib/auth/account-admin.ts).
export class AccountDisabled extends CredentialsSignin {
  code = "disabled";
}

export const OIDC_PROVIDER_ID = "oidc";

const credentials = Credentials({
  credentials: { email: {}, password: {} },
  // Limited here rather than in the sign-in action, so that Auth.js's own endpoint
  // (POST /api/auth/callback/credentials) is limited too.
  async authorize(raw, request) {
    let user;
    try {
      user = await signInAttempt(raw, clientAddress(request.headers));
    } catch (error) {
      if (error instanceof TooManyTries) throw new SignInLimited(error);
      throw error;
    }
    if (user?.disabled) throw new AccountDisabled();
    return user && { id: user.id, email: user.email, name: user.name };
  },
});

// Auth.js's generic OIDC provider: it reads the issuer's discovery document, uses PKCE and checks the ID token.
const oidc: Provider | null = env.oidc && {
  id: OIDC_PROVIDER_ID,
  name: env.oidc.name,
  type: "oidc",
  issuer: env.oidc.issuer,
  clientId: env.oidc.clientId,
  clientSecret: env.oidc.clientSecret,
  checks: ["pkce", "state", "nonce"],
};

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.authSecret,
  // Self-hosted: the server is reached by whatever host name the owner gave it. AUTH_URL, when set,
  // still fixes the public address (behind a reverse proxy).
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Auth.js's own error page is not used: a refused single sign-on comes back to ours with ?error=.
  pages: { signIn: "/sign-in", error: "/sign-in" },
  // A wrong password or a limited try is not a fault of the server: one line each, not a stack trace per guess.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) logger.warn({ code: error.code }, "a sign-in was refused");
      // Auth.js wraps what went wrong (a provider's answer, a failed check) as the error's cause.
      else logger.error({ err: error, cause: error.cause }, "Auth.js");
    },
    warn(code) {
      logger.warn({ code }, "Auth.js");
    },
  },
  providers: oidc ? [credentials, oidc] : [credentials],
  callbacks: {
    // A single sign-on is our account's (linked by verified e-mail, or a new one under the sign-up rules), or it is
    // refused back to the sign-in page with the reason. The user object is the one the jwt callback gets next.
    async signIn({ user, account, profile }) {
      if (account?.provider !== OIDC_PROVIDER_ID) return true;
      const result = await accountForOidcProfile(profile);
      if (!result.ok) {
        logger.info({ reason: result.reason }, "a single sign-on was refused");
        return `/sign-in?error=oidc-${result.reason}`;
      }
      user.id = result.userId;
      return true;
    },
    async jwt({ token, user }) {
      if (user?.id) return { sub: user.id, sid: await startSession(user.id) };
      const { sub, sid } = token;
      // null makes Auth.js treat the request as signed out and delete the cookie.
      if (typeof sub !== "string" || typeof sid !== "string" || !(await sessionIsLive(sid, sub))) return null;
      return token;
    },
    // What GET /api/auth/session shows the browser, and what auth() gives the server: the user id and expiry.
    session({ session, token }) {
      return { user: { id: token.sub ?? "" }, expires: session.expires };
    },
  },
  events: {
    // Auth.js's own sign-out endpoint ends the server's session too, not just the cookie.
    async signOut(message) {
      const sid = "token" in message ? message.token?.sid : undefined;
      if (typeof sid === "string") await endSession(sid);
    },
  },
});

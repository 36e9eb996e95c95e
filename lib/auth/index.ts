// Auth.js: email + password (Credentials) with JWT sessions. The token holds only the user id (`sub`) and the id of
// its server-side session (`sid`, sessions.ts), and the jwt callback checks on every request that the session still
// exists: signing out, "sign out of all devices" and a password change end it for good. Nothing the browser sends
// can change the token: the session "update" Auth.js offers is ignored.
import "server-only";
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/lib/env";
import { clientAddress } from "@/lib/server/client-address";
import { TooManyTries } from "@/lib/server/entry-point";
import { signInAttempt } from "./limited-attempts";
import { endSession, SESSION_MAX_AGE_SECONDS, sessionIsLive, startSession } from "./sessions";

// Thrown through Auth.js to the sign-in action (actions.ts), which shows its message.
export class SignInLimited extends CredentialsSignin {
  code = "rate-limited";
  constructor(readonly limit: TooManyTries) {
    super(limit.message);
  }
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  secret: env.authSecret,
  // Self-hosted: the server is reached by whatever host name the owner gave it. AUTH_URL, when set,
  // still fixes the public address (behind a reverse proxy).
  trustHost: true,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/sign-in" },
  // A wrong password or a limited try is not a fault of the server: one line each, not a stack trace per guess.
  logger: {
    error(error) {
      if (error instanceof CredentialsSignin) console.warn(`Cellstate: a sign-in was refused (${error.code})`);
      else console.error(error);
    },
  },
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      // Limited here rather than in the sign-in action, so that Auth.js's own endpoint
      // (POST /api/auth/callback/credentials) is limited too.
      async authorize(raw, request) {
        try {
          return await signInAttempt(raw, clientAddress(request.headers));
        } catch (error) {
          if (error instanceof TooManyTries) throw new SignInLimited(error);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
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

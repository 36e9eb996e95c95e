import { describe, expect, it } from "vitest";
import { newPasswordSchema, signUpSchema } from "@/lib/validations/auth";

function fieldErrors(input: Record<string, unknown>) {
  const result = signUpSchema.safeParse(input);
  if (result.success) throw new Error("expected the input to be refused");
  return result.error.flatten().fieldErrors;
}

describe("signUpSchema", () => {
  it("explains a short password", () => {
    expect(fieldErrors({ email: "a@example.com", password: "short" }).password).toEqual(["Use at least 10 characters"]);
  });

  it("explains an invalid email", () => {
    expect(fieldErrors({ email: "not-an-email", password: "correct horse battery" }).email).toEqual([
      "Enter a valid email address, like name@example.com",
    ]);
  });

  it("drops an unknown time zone (the account gets DEFAULT_TIME_ZONE) and keeps a known one", () => {
    const base = { email: "a@example.com", password: "correct horse battery" };
    // An unknown zone is dropped: the account gets DEFAULT_TIME_ZONE (tests/integration/default-time-zone.test.ts).
    expect(signUpSchema.parse({ ...base, timeZone: "Mars/Olympus_Mons" }).timeZone).toBeUndefined();
    expect(signUpSchema.parse({ ...base, timeZone: "Europe/Berlin" }).timeZone).toBe("Europe/Berlin");
  });
});

describe("newPasswordSchema", () => {
  it("refuses a long password made of one repeated character", () => {
    const result = newPasswordSchema.safeParse("aaaaaaaaaaaa");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/too easy to guess/i);
  });

  it("accepts a varied one", () => {
    expect(newPasswordSchema.safeParse("correct horse battery").success).toBe(true);
  });
});

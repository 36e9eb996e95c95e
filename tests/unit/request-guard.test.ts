// The refusals in front of Next (lib/server/request-guard.ts, action-arguments.ts, json-depth.ts), on real Request
// objects: each case here was a 500 from Next or React before any of our code ran, found by tests/e2e/fuzz.spec.ts.
// What the browser really sends must still pass.
import { describe, expect, it } from "vitest";
import { actionArgumentsProblem, MAX_ACTION_DEPTH } from "@/lib/server/action-arguments";
import { jsonDepth } from "@/lib/server/json-depth";
import { MAX_ACTION_BYTES, refuseUnreadable } from "@/lib/server/request-guard";

const ACTION_ID = "7fd1efa0e20a67514a3dc38f8f5e373e58a046df46";

// A FormData body brings its own multipart content type (with the boundary).
function action(body: BodyInit, contentType = "text/plain;charset=UTF-8") {
  const headers: Record<string, string> = { "next-action": ACTION_ID };
  if (!(body instanceof FormData)) headers["content-type"] = contentType;
  return new Request("http://journal.home/sign-in", { method: "POST", headers, body });
}

function multipart(parts: Record<string, string>): FormData {
  const form = new FormData();
  for (const [name, value] of Object.entries(parts)) form.append(name, value);
  return form;
}

async function refusal(request: Request) {
  const response = await refuseUnreadable(request);
  return response && { status: response.status, body: (await response.json()) as unknown };
}

describe("jsonDepth", () => {
  it("counts brackets outside strings only", () => {
    expect(jsonDepth('[{"a":[1]}]')).toBe(3);
    expect(jsonDepth('["[[[[", "\\"[[["]')).toBe(1);
    expect(jsonDepth("[".repeat(10_000))).toBe(10_000);
  });
});

describe("server action arguments", () => {
  it("lets through what the browser sends: a form's state and fields, a value, no argument", () => {
    expect(actionArgumentsProblem('[{"values":{"email":"$$x"}},"$K1"]')).toBeNull();
    expect(actionArgumentsProblem('[{"themeId":"c1","kind":"keep","on":true}]')).toBeNull();
    expect(actionArgumentsProblem("[]")).toBeNull();
    expect(actionArgumentsProblem('["$undefined", "$-0", "$NaN"]')).toBeNull();
  });

  it("refuses what React's decoder failed on with a 500", () => {
    const cases = {
      missing: undefined,
      empty: "",
      broken: '[{"a":',
      notAList: "{}",
      deep: "[".repeat(10_000) + "]".repeat(10_000),
      justTooDeep: "[".repeat(MAX_ACTION_DEPTH + 1) + "]".repeat(MAX_ACTION_DEPTH + 1),
      missingPart: '["$1"]',
      missingMap: '[{"a":"$Q1"}]',
      missingBlob: '["$B1"]',
      serverReference: '["$h1"]',
      referenceInAKey: '[{"$1":1}]',
    };
    for (const [name, text] of Object.entries(cases)) expect(actionArgumentsProblem(text), name).toBeTypeOf("string");
  });
});

describe("refuseUnreadable", () => {
  it("refuses paths Next cannot decode with a 400 and a message", async () => {
    for (const path of ["/api/journal/%ED%A0%80", "/api/entries/%ZZ", "/api/auth/%", "/api/journal/%C0%AE"]) {
      expect(await refusal(new Request(`http://journal.home${path}`)), path).toEqual({
        status: 400,
        body: { error: "The address is not valid" },
      });
    }
    expect(await refuseUnreadable(new Request("http://journal.home/api/journal/2026-01-05"))).toBeNull();
    expect(await refuseUnreadable(new Request("http://journal.home/journal/%E2%9C%93"))).toBeNull();
  });

  it("refuses an action body over Next's limit with 413, however it is sent", async () => {
    const big = "x".repeat(MAX_ACTION_BYTES + 1);
    expect((await refusal(action(JSON.stringify([big]))))?.status).toBe(413);
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = new Request("http://journal.home/sign-in", {
      method: "POST",
      headers: { "next-action": ACTION_ID, "content-type": "text/plain" },
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect((await refusal(chunked))?.status).toBe(413);
  });

  it("reads the arguments from text, multipart and urlencoded bodies", async () => {
    expect(await refuseUnreadable(action("[]"))).toBeNull();
    expect(
      await refuseUnreadable(action(multipart({ "0": '[{},"$K1"]', _1_email: "[[[[" + "[".repeat(100) }))),
    ).toBeNull();
    expect((await refusal(action(multipart({ _1_email: "a@b.c" }))))?.status).toBe(400);
    expect((await refusal(action(multipart({ "0": "[".repeat(5000) }))))?.status).toBe(400);
    expect((await refusal(action("0=%5B%5B", "application/x-www-form-urlencoded")))?.status).toBe(400);
    expect((await refusal(action("--x\r\nbroken", "multipart/form-data; boundary=x")))?.status).toBe(400);
    // Read by FormData, refused by Next's own parser (busboy): a control character or 20 KB in a part's header.
    for (const name of ["_1_a\u0000b", "_1_a\u0001", "_1_" + "x".repeat(20_000)]) {
      const form = multipart({ "0": '[{},"$K1"]', [name]: "v" });
      expect((await refusal(action(form)))?.status, name.slice(0, 10)).toBe(400);
    }
  });

  it("leaves requests that are no action alone", async () => {
    const put = new Request("http://journal.home/api/journal/2026-01-05", { method: "PUT", body: "[".repeat(5000) });
    expect(await refuseUnreadable(put)).toBeNull();
  });
});

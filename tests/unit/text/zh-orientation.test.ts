import { describe, expect, it } from "vitest";
import { zhOrientation } from "@/lib/text/zh/orientation";

describe("which way a Chinese sentence faces in time", () => {
  it("reads a resolution as facing ahead", () => {
    expect(zhOrientation("下回开会前我先把要说的写在纸上，慢慢来。").ahead).toBe(1);
    expect(zhOrientation("这件事我要记住。").ahead).toBe(1);
    expect(zhOrientation("这件事我要记住。").gone).toBe(0);
  });

  it("reads a replay as facing a moment gone", () => {
    const replay = zhOrientation("躺下又想起那天在会上说的那句，脸上发烫。");
    expect(replay.gone).toBe(1);
    expect(replay.ahead).toBe(0);
  });

  it("does not take 要是 (if only) or 先生 (mister) for a plan", () => {
    expect(zhOrientation("要是当时没答应就好了。").ahead).toBe(0);
    expect(zhOrientation("王先生来过电话。").ahead).toBe(0);
  });

  it("caps each count, so a long sentence does not outweigh a short one", () => {
    expect(zhOrientation("以后以后以后以后以后").ahead).toBe(1);
    expect(zhOrientation("今天晴。")).toEqual({ ahead: 0, gone: 0 });
  });
});

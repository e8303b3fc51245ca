import fc from "fast-check";
import { DEFAULT_SEED, fuzzSeed } from "./runs";

describe("fuzz seeds", () => {
  it("the test run is reproducible: no FUZZ_SEED → DEFAULT_SEED, for check() and every bare fc.assert", () => {
    expect(fuzzSeed(undefined)).toBe(DEFAULT_SEED);
    expect(fuzzSeed("")).toBe(DEFAULT_SEED);
    if (process.env.FUZZ_SEED === undefined) expect(fc.readConfigureGlobal().seed).toBe(DEFAULT_SEED);
  });

  it("FUZZ_SEED=random explores, FUZZ_SEED=<n> replays, anything else is refused", () => {
    expect(fuzzSeed("random")).toBeUndefined();
    expect(fuzzSeed("-1196290168")).toBe(-1196290168);
    expect(() => fuzzSeed("abc")).toThrow(/FUZZ_SEED/);
  });
});

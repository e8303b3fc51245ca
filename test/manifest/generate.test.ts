import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const gen = require("../../manifest/generate");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest } = require("../../manifest/check");

const devXml = fs.readFileSync(path.join(__dirname, "..", "..", "manifest.xml"), "utf8");

describe("manifest/generate.js (production manifest)", () => {
  it("rewrites every development URL to the base URL and the AppDomain to its origin", () => {
    const xml: string = gen.productionManifest(devXml, "https://finsam.example.se/excel");
    expect(xml).not.toContain("localhost");
    expect(xml).toContain('<SourceLocation DefaultValue="https://finsam.example.se/excel/taskpane.html"/>');
    expect(xml).toContain('DefaultValue="https://finsam.example.se/excel/assets/icon-80.png"');
    expect(xml).toContain("<AppDomain>https://finsam.example.se</AppDomain>");
    const devUrls = devXml.match(/https:\/\/localhost:3000\//g) ?? [];
    const prodUrls = xml.match(/https:\/\/finsam\.example\.se\/excel\//g) ?? [];
    // The dev comment's one mention is replaced by the generated note's one mention of the base URL.
    expect(prodUrls.length).toBe(devUrls.length);
    expect(checkManifest(xml)).toEqual([]);
  });

  it("normalises the base URL and refuses anything that is not https", () => {
    expect(gen.normalizeBaseUrl("https://a.se")).toBe("https://a.se/");
    expect(gen.normalizeBaseUrl("https://a.se/x/y")).toBe("https://a.se/x/y/");
    expect(() => gen.normalizeBaseUrl("http://a.se/")).toThrow(/https/);
    expect(() => gen.normalizeBaseUrl("inte en adress")).toThrow(/giltig/);
    expect(() => gen.normalizeBaseUrl("https://a.se/?x=1")).toThrow(/\?/);
  });

  it("reads FINSAM_BASE_URL and falls back to a marked placeholder", () => {
    expect(gen.resolveBaseUrl(undefined, { FINSAM_BASE_URL: "https://b.se/finsam" })).toEqual({
      baseUrl: "https://b.se/finsam/",
      placeholder: false,
    });
    expect(gen.resolveBaseUrl(undefined, {})).toEqual({ baseUrl: gen.PLACEHOLDER_BASE_URL, placeholder: true });
    expect(gen.resolveBaseUrl("https://c.se", { FINSAM_BASE_URL: "https://b.se" }).baseUrl).toBe("https://c.se/");
  });

  it("writes dist-style output where it is told", () => {
    const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "finsam-gen-")), "sub", "manifest.xml");
    const r = gen.writeProductionManifest({ out, env: { FINSAM_BASE_URL: "https://d.se/" } });
    expect(r).toEqual({ out, baseUrl: "https://d.se/", placeholder: false });
    expect(fs.readFileSync(out, "utf8")).toContain('DefaultValue="https://d.se/taskpane.html"');
  });
});

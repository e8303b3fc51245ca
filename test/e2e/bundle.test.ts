import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";

/**
 * (e2e project: it needs the production build, which has no place in the fast unit run.)
 * No network from the task pane. Scans the BUILT bundle (dist/, from `npm run build`; built here once with
 * `npx webpack --mode production` when missing): every URL host in every .js must be Office.js's CDN, localhost or
 * one of the known non-network identifiers below; the task pane's scripts use no fetch, XMLHttpRequest, WebSocket,
 * EventSource or sendBeacon at all; the demo fetches only its own example workbook by a relative path. The pages'
 * Content-Security-Policy allows scripts only from 'self' and Office.js's CDN and connections only to 'self'.
 */

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const OFFICE_CDN = "appsforoffice.microsoft.com";

/** Hosts that occur in library code as identifiers or documentation text, never as a request target. */
const NON_NETWORK_HOSTS: Record<string, string> = {
  "www.w3.org": "XML/SVG namespace URIs (React DOM, ExcelJS)",
  "schemas.openxmlformats.org": "Office Open XML namespace URIs (ExcelJS, demo only)",
  "schemas.microsoft.com": "Office Open XML namespace URIs (ExcelJS, demo only)",
  "purl.org": "Dublin Core namespace URI in .xlsx document properties (ExcelJS, demo only)",
  "react.dev": "link in React's minified error messages",
  "json-schema.org": "zod's JSON Schema $schema identifiers",
  "github.com": "links in library error messages and license fields (ExcelJS, core-js, uuid)",
  "stuk.github.io": "link in a JSZip error message (demo only)",
  localhost: "development server",
};

/** A call of a network API (not the word in a string such as the English-word list of text/user-error.ts). */
const NETWORK_API = /\b(fetch\s*\(|new\s+XMLHttpRequest|XMLHttpRequest\s*\(|new\s+WebSocket|new\s+EventSource|sendBeacon\s*\()/g;

let files: string[] = [];

beforeAll(() => {
  if (!fs.existsSync(path.join(DIST, "taskpane.html"))) {
    // The ui helper's `npm run build` normally made dist/; build it once when it is missing.
    execFileSync("npx", ["webpack", "--mode", "production"], { cwd: ROOT, stdio: "ignore", timeout: 900_000 });
  }
  files = fs.readdirSync(DIST).filter((f) => f.endsWith(".js"));
}, 900_000);

const read = (f: string) => fs.readFileSync(path.join(DIST, f), "utf8");

/** Script files a page loads: its <script src> plus the chunks those scripts name. */
function scriptsOf(page: string): string[] {
  const html = read(page);
  const direct = [...html.matchAll(/<script[^>]*\ssrc=["']?([^"'\s>]+)/g)].map((m) => m[1]).filter((s) => !/^https?:/.test(s));
  const chunks = files.filter((f) => f.includes(".chunk.") && direct.some((d) => read(d).includes(f.split(".")[0])));
  return [...direct, ...chunks];
}

/** The CSP meta tag of a page as directive → sources. */
function csp(page: string): Record<string, string[]> {
  const m = /http-equiv=["']?Content-Security-Policy["']?\s+content=(?:"([^"]*)"|'([^']*)')/i.exec(read(page));
  if (!m) throw new Error(`${page} has no Content-Security-Policy`);
  return Object.fromEntries(
    (m[1] ?? m[2])
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([k, ...v]) => [k, v]),
  );
}

describe("the built bundle makes no network requests", () => {
  it("contains JavaScript to scan", () => {
    expect(files.some((f) => f.startsWith("taskpane."))).toBe(true);
    expect(files.length).toBeGreaterThanOrEqual(3);
  });

  it("names no host but Office.js's CDN, localhost and known non-network identifiers", () => {
    const unknown: string[] = [];
    for (const f of files)
      for (const m of read(f).matchAll(/\b(?:https?|wss?):\/\/([A-Za-z0-9.-]+)/g))
        if (m[1] !== OFFICE_CDN && !(m[1] in NON_NETWORK_HOSTS)) unknown.push(`${f}: ${m[0]}`);
    expect([...new Set(unknown)]).toEqual([]);
  });

  it("the task pane's and the ribbon command's scripts use no network API at all", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const uses = scriptsOf(page).flatMap((f) => [...read(f).matchAll(NETWORK_API)].map((m) => `${f}: ${m[0]}`));
      expect({ page, uses }).toEqual({ page, uses: [] });
    }
  });

  it("the demo fetches only its own example workbook, by a relative path", () => {
    const calls = scriptsOf("demo.html").flatMap((f) => [...read(f).matchAll(/\bfetch\(([^)]*)\)/g)].map((m) => ({ f, arg: m[1] })));
    expect(calls.length).toBeGreaterThan(0);
    for (const { f, arg } of calls) {
      const literal = new RegExp(`\\b${arg.replace(/[$]/g, "\\$")}="([^"]+)"`).exec(read(f))?.[1] ?? arg;
      expect(literal).toMatch(/^(\.\/)?assets\/exempel\/[\w-]+\.xlsx$/);
    }
    const other = scriptsOf("demo.html").flatMap((f) =>
      [...read(f).matchAll(/\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/g)].map((m) => m[0]),
    );
    expect(other).toEqual([]);
  });

  it("taskpane.html and commands.html carry a CSP allowing only 'self' and Office.js's CDN", () => {
    for (const page of ["taskpane.html", "commands.html"]) {
      const p = csp(page);
      expect(p["default-src"]).toEqual(["'self'"]);
      expect(p["script-src"]).toEqual(["'self'", `https://${OFFICE_CDN}`]);
      expect(p["connect-src"]).toEqual(["'self'"]);
      expect(p["object-src"]).toEqual(["'none'"]);
      // Office.js's CDN twice at most: script-src, and frame-src for the trust iframe Office.js injects on
      // non-Microsoft web hosts (issue 16 finding 8).
      expect(p["frame-src"]).toEqual(["'self'", `https://${OFFICE_CDN}`]);
      const hosts = new Set(
        Object.values(p)
          .flat()
          .filter((s) => /^https?:|^\*|^wss?:/.test(s)),
      );
      expect([...hosts]).toEqual([`https://${OFFICE_CDN}`]);
      expect(Object.values(p).flat()).not.toContain("'unsafe-eval'");
      const external = [...read(page).matchAll(/<script[^>]*\ssrc=["']?(https?:[^"'\s>]+)/g)].map((m) => m[1]);
      expect(external).toEqual([`https://${OFFICE_CDN}/lib/1/hosted/office.js`]);
    }
  });

  it("the demo page's CSP allows nothing but its own origin", () => {
    const p = csp("demo.html");
    expect(p["default-src"]).toEqual(["'self'"]);
    expect(p["connect-src"]).toEqual(["'self'"]);
    expect(
      Object.values(p)
        .flat()
        .filter((s) => /^https?:|^\*/.test(s)),
    ).toEqual([]);
  });
});

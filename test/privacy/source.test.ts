import * as fs from "fs";
import * as path from "path";

/**
 * No network and no telemetry, checked in the source (works without a build): no file under src/ calls fetch,
 * XMLHttpRequest, WebSocket, EventSource, sendBeacon or Node's http/https/net — except the browser demo, which
 * fetches its bundled example workbook from its own origin; no URL in src/ but Office.js's CDN; no analytics or
 * telemetry package among the dependencies.
 */

const ROOT = path.join(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|html|cjs|js)$/.test(e.name) ? [p] : [];
  });
}

/** Code without comments, so documentation may mention what the code must not do. */
const code = (text: string) => text.replace(/\/\*[\s\S]*?\*\//g, "").replace(/(^|[^:"'`])\/\/.*$/gm, "$1");

const files = sourceFiles(path.join(ROOT, "src")).map((f) => ({
  rel: path.relative(ROOT, f).split(path.sep).join("/"),
  text: code(fs.readFileSync(f, "utf8")),
}));

describe("source: no network, no telemetry", () => {
  it("scans the whole source tree", () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.rel === "src/taskpane/index.tsx")).toBe(true);
  });

  it("uses no network API except the demo's fetch of its own example workbook", () => {
    const uses = files.flatMap((f) =>
      [
        ...f.text.matchAll(
          /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon)\s*\(|\bnew\s+(XMLHttpRequest|WebSocket|EventSource)\b|from\s+["'](node:)?(http|https|net|tls|dgram)["']|require\(["'](node:)?(http|https|net|tls|dgram)["']\)/g,
        ),
      ].map((m) => `${f.rel}: ${m[0]}`),
    );
    expect(uses).toEqual(["src/demo/session.ts: fetch("]);
    const demo = files.find((f) => f.rel === "src/demo/session.ts")!.text;
    expect(demo).toMatch(/EXAMPLE_URL\s*=\s*["'`](\.\/)?assets\/exempel\/[\w-]+\.xlsx["'`]/);
  });

  it("names no URL but Office.js's CDN", () => {
    const urls = files.flatMap((f) => [...f.text.matchAll(/\b(?:https?|wss?):\/\/[^\s"'`)<>]+/g)].map((m) => `${f.rel}: ${m[0]}`));
    // An OOXML namespace name (xmlns="http://schemas.openxmlformats.org/…") identifies the format; nothing fetches it.
    const namespace = (u: string) =>
      /: http:\/\/schemas\.openxmlformats\.org\/(spreadsheetml|drawingml|officeDocument|package)\/2006\/[\w/]+$/.test(u);
    const other = urls.filter(
      (u) =>
        !/https:\/\/appsforoffice\.microsoft\.com\/lib\/1\/hosted\/office\.js$/.test(u) && !/https?:\/\/localhost/.test(u) && !namespace(u),
    );
    expect(other).toEqual([]);
  });

  it("has no telemetry, analytics or crash-reporting dependency", () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as Record<string, Record<string, string> | undefined>;
    const deps = Object.keys({ ...pkg.dependencies, ...pkg.devDependencies });
    expect(
      deps.filter((d) => /telemetry|insights|analytics|sentry|bugsnag|datadog|mixpanel|segment|amplitude|posthog|gtag|newrelic/i.test(d)),
    ).toEqual([]);
    expect(
      files.filter((f) => /applicationinsights|appInsights|gtag\(|dataLayer|navigator\.sendBeacon/.test(f.text)).map((f) => f.rel),
    ).toEqual([]);
  });

  it("the webpack config gives the task pane the CSP that allows only Office.js's CDN", () => {
    const config = fs.readFileSync(path.join(ROOT, "webpack.config.js"), "utf8");
    expect(config).toContain("script-src 'self' https://appsforoffice.microsoft.com");
    expect(config).toContain(`"connect-src 'self'"`);
    expect(config).not.toMatch(/unsafe-eval/);
  });
});

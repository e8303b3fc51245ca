/**
 * Issue 16, finding 8: on Office Online Server and other non-Microsoft web hosts Office.js injects a trust iframe
 * from https://appsforoffice.microsoft.com; a CSP without that frame-src leaves the pane on "Laddar…".
 */
import fs from "node:fs";
import path from "node:path";

const config = fs.readFileSync(path.join(__dirname, "../../webpack.config.js"), "utf8");

/** The directives of the add-in pages' CSP, as written in webpack.config.js. */
function addinCsp(): string[] {
  const block = /const ADDIN_CSP = \[([\s\S]*?)\]\.join/.exec(config)?.[1] ?? "";
  return [...block.matchAll(/[`"]([^`"]+)[`"]/g)].map((m) => m[1]);
}

describe("the task pane's CSP", () => {
  it("lets Office.js frame its trust page from appsforoffice.microsoft.com, and nothing else", () => {
    const frame = addinCsp().find((d) => d.startsWith("frame-src"));
    expect(frame).toBe("frame-src 'self' https://appsforoffice.microsoft.com");
  });
});

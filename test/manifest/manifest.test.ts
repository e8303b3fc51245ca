import * as fs from "fs";
import * as os from "os";
import * as path from "path";

// The manifest tools are plain Node scripts (CommonJS) so webpack.config.js can use them too.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { checkManifest, validateWithXmllint, TOP_LEVEL_ORDER } = require("../../manifest/check");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { parseXml, child, childrenNamed, descendants, localName } = require("../../manifest/xml");

import { REQUIRED_EXCEL_API } from "../../src/excel/office-bootstrap";

const ROOT = path.join(__dirname, "..", "..");
const DEV_MANIFEST = path.join(ROOT, "manifest.xml");
const devXml = fs.readFileSync(DEV_MANIFEST, "utf8");

type El = { name: string; attrs: Record<string, string>; children: El[]; text: string };

describe("manifest.xml (development)", () => {
  const root: El = parseXml(devXml);

  it("passes every offline check", () => {
    expect(checkManifest(devXml)).toEqual([]);
  });

  it("has its top-level elements in the schema's order", () => {
    const names = root.children.map((c: El) => localName(c));
    expect(names).toEqual([
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ]);
    const positions = names.map((n: string) => TOP_LEVEL_ORDER.indexOf(n));
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it("is a Workbook task pane with ReadWriteDocument and the ExcelApi version the Excel host checks", () => {
    expect(root.attrs["xsi:type"]).toBe("TaskPaneApp");
    expect(childrenNamed(child(root, "Hosts"), "Host").map((h: El) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(child(root, "Permissions").text.trim()).toBe("ReadWriteDocument");
    const sets = childrenNamed(child(root, "Requirements", "Sets"), "Set").map((s: El) => s.attrs);
    expect(REQUIRED_EXCEL_API).toMatch(/^1\.\d+$/);
    expect(sets).toEqual([{ Name: "ExcelApi", MinVersion: REQUIRED_EXCEL_API }]);
    expect(child(root, "DefaultSettings", "SourceLocation").attrs.DefaultValue).toBe("https://localhost:3000/taskpane.html");
  });

  it("puts a ShowTaskpane button in a group on the Home tab", () => {
    const tab = descendants(root).find((e: El) => localName(e) === "OfficeTab");
    expect(tab.attrs.id).toBe("TabHome");
    const action = descendants(tab).find((e: El) => localName(e) === "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
  });

  it("has a Diagnostik button that opens the same task pane at taskpane.html?vy=diagnostik (issue 16)", () => {
    const tab = descendants(root).find((e: El) => localName(e) === "OfficeTab");
    const buttons = descendants(tab).filter((e: El) => localName(e) === "Control");
    const diag = buttons.find((b: El) => b.attrs.id === "Finsam.DiagnostikButton");
    expect(diag).toBeDefined();
    const action = descendants(diag).find((e: El) => localName(e) === "Action");
    expect(action.attrs["xsi:type"]).toBe("ShowTaskpane");
    expect(
      descendants(action).find((e: El) => localName(e) === "TaskpaneId")?.text ?? devXml.match(/<TaskpaneId>([^<]+)<\/TaskpaneId>/)?.[1],
    ).toBe("Finsam.Taskpane");
    expect(devXml).toContain('<bt:Url id="Diagnostik.Url" DefaultValue="https://localhost:3000/taskpane.html?vy=diagnostik"/>');
    expect(devXml).toContain('<bt:String id="Finsam.DiagnostikButton.Label" DefaultValue="Diagnostik"/>');
  });

  it("uses only https://localhost:3000 URLs and every resid resolves", () => {
    const urls = descendants(root).flatMap((e: El) => (e.attrs.DefaultValue?.includes("://") ? [e.attrs.DefaultValue] : []));
    expect(urls.length).toBeGreaterThan(5);
    for (const u of urls) expect(u).toMatch(/^https:\/\/localhost:3000\//);
    const ids = new Set(descendants(child(root, "VersionOverrides", "Resources")).map((e: El) => e.attrs.id));
    const resids = descendants(root).flatMap((e: El) => (e.attrs.resid ? [e.attrs.resid] : []));
    expect(resids.length).toBeGreaterThan(5);
    for (const r of resids) expect(ids.has(r)).toBe(true);
  });
});

describe("manifest/check.js finds broken manifests", () => {
  it("reports elements out of order", () => {
    const broken = devXml
      .replace(/(\s*<Permissions>ReadWriteDocument<\/Permissions>)/, "")
      .replace("<DefaultSettings>", "<Permissions>ReadWriteDocument</Permissions>\n  <DefaultSettings>");
    expect(checkManifest(broken).join("\n")).toMatch(/fel ordning/);
  });

  it("reports http URLs, unresolved resids, extra permissions and missing icons", () => {
    const broken = devXml
      .replace(
        'https://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
        'http://localhost:3000/taskpane.html"/>\n  </DefaultSettings>',
      )
      .replace('resid="Taskpane.Url"', 'resid="Saknas.Url"')
      .replace("ReadWriteDocument", "ReadWriteMailbox");
    const problems = checkManifest(broken, { assetsDir: fs.mkdtempSync(path.join(os.tmpdir(), "finsam-ikoner-")) }).join("\n");
    expect(problems).toMatch(/http:\/\/localhost:3000\/taskpane.html .*inte https/);
    expect(problems).toMatch(/resid="Saknas.Url".*saknar resurs/);
    expect(problems).toMatch(/Permissions ska vara ReadWriteDocument/);
    expect(problems).toMatch(/Ikonfilen assets\/icon-16.png saknas/);
  });

  it("reports malformed XML instead of throwing", () => {
    expect(checkManifest("<OfficeApp><Id></OfficeApp>")[0]).toMatch(/^XML:/);
  });
});

describe("assets/icon-*.png", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const icons = require("../../manifest/icons");

  it.each([16, 32, 64, 80, 128])("icon-%i.png is a PNG of that size, identical to what manifest/icons.js draws", (size) => {
    const file = fs.readFileSync(path.join(ROOT, "assets", `icon-${size}.png`));
    expect(file.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(file.readUInt32BE(16)).toBe(size);
    expect(file.readUInt32BE(20)).toBe(size);
    expect(Buffer.compare(file, icons.encodePng(size, icons.render(size)))).toBe(0);
  });
});

describe("xmllint against Microsoft's schema (../shared/manifest-xsd)", () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { productionManifest } = require("../../manifest/generate");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "finsam-manifest-"));

  function validate(xml: string, name: string) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, xml);
    return validateWithXmllint(file);
  }

  it("validates the development and the production manifest (or says xmllint is missing)", () => {
    const dev = validate(devXml, "dev.xml");
    if (!dev.available) {
      console.log("xmllint saknas: schemavalideringen av manifesten hoppades över (apt-get install libxml2-utils)");
      return;
    }
    expect(dev).toEqual({ available: true, ok: true, output: expect.stringContaining("validates") });
    const prod = validate(productionManifest(devXml, "https://finsam.example.se/excel"), "prod.xml");
    expect(prod.output).toContain("validates");
    expect(prod.ok).toBe(true);
  });

  it("rejects a manifest with elements in the wrong order (when xmllint is installed)", () => {
    const broken = devXml.replace(/(<Version>[^<]*<\/Version>)\s*(<ProviderName>[^<]*<\/ProviderName>)/, "$2\n  $1");
    expect(broken).not.toBe(devXml);
    const r = validate(broken, "broken.xml");
    if (!r.available) {
      console.log("xmllint saknas: schemavalideringen av manifesten hoppades över (apt-get install libxml2-utils)");
      return;
    }
    expect(r.ok).toBe(false);
  });
});

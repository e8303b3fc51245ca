// Offline checks of an add-in manifest: structure, element order, https URLs, icon files, resid references,
// and (when xmllint is installed) validation against Microsoft's schemas in ../shared/manifest-xsd.
//
//   node manifest/check.js manifest.xml dist/manifest.xml
"use strict";

const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { parseXml, localName, childrenNamed, child, descendants } = require("./xml");

/** Top-level order of a TaskPaneApp (OfficeApp sequence, then the TaskPaneApp extension). */
const TOP_LEVEL_ORDER = [
  "Id", "AlternateId", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description",
  "IconUrl", "HighResolutionIconUrl", "SupportUrl", "AppDomains", "Hosts", "Requirements",
  "DefaultSettings", "Permissions", "Dictionary", "VersionOverrides",
];
const REQUIRED_TOP_LEVEL = ["Id", "Version", "ProviderName", "DefaultLocale", "DisplayName", "Description", "DefaultSettings", "Permissions"];
/** Order inside <Resources>. */
const RESOURCE_ORDER = ["Images", "Urls", "ShortStrings", "LongStrings"];
const ICON_SIZES = [16, 32, 64, 80, 128];

const XSD = path.join(__dirname, "..", "..", "shared", "manifest-xsd", "OfficeAppManifestV1_1.xsd");

/** Problems when the children's local names are not in `order` (unknown names are problems too). */
function orderProblems(parent, order, where) {
  const problems = [];
  let last = -1;
  for (const c of parent.children) {
    const idx = order.indexOf(localName(c));
    if (idx < 0) problems.push(`${where}: okänt element <${c.name}> (rad ${c.line})`);
    else if (idx < last) problems.push(`${where}: <${c.name}> står i fel ordning (rad ${c.line}); ordning: ${order.join(", ")}`);
    else last = idx;
  }
  return problems;
}

/** Every URL in the manifest: DefaultValue/Override attributes that look like URLs and AppDomain texts. */
function manifestUrls(root) {
  const urls = [];
  for (const el of descendants(root)) {
    for (const key of ["DefaultValue", "Value"]) {
      const v = el.attrs[key];
      if (v && /^[a-z]+:\/\//i.test(v)) urls.push({ url: v, line: el.line });
    }
    if (localName(el) === "AppDomain") urls.push({ url: el.text.trim(), line: el.line });
  }
  return urls;
}

/**
 * Checks a manifest's text. `assetsDir` is where icon files live; icon URLs ".../assets/icon-N.png" must exist there.
 * Returns a list of Swedish problem descriptions (empty = fine).
 */
function checkManifest(xmlText, { assetsDir = path.join(__dirname, "..", "assets") } = {}) {
  let root;
  try {
    root = parseXml(xmlText);
  } catch (e) {
    return [String(e.message)];
  }
  const problems = [];
  if (localName(root) !== "OfficeApp") problems.push("Rotelementet ska vara <OfficeApp>");
  if (root.attrs["xsi:type"] !== "TaskPaneApp") problems.push('OfficeApp ska ha xsi:type="TaskPaneApp"');
  problems.push(...orderProblems(root, TOP_LEVEL_ORDER, "OfficeApp"));
  for (const name of REQUIRED_TOP_LEVEL) if (!child(root, name)) problems.push(`<${name}> saknas`);

  const hosts = childrenNamed(child(root, "Hosts") || { children: [] }, "Host").map((h) => h.attrs.Name);
  if (hosts.join() !== "Workbook") problems.push(`Hosts ska vara exakt Workbook (fanns: ${hosts.join(", ") || "inga"})`);
  const permissions = (child(root, "Permissions") || { text: "" }).text.trim();
  if (permissions !== "ReadWriteDocument") problems.push(`Permissions ska vara ReadWriteDocument (var: ${permissions || "tomt"})`);
  const sets = childrenNamed(child(root, "Requirements", "Sets") || { children: [] }, "Set");
  const excelApi = sets.find((s) => s.attrs.Name === "ExcelApi");
  if (!excelApi || !/^1\.\d+$/.test(excelApi.attrs.MinVersion || "")) problems.push("Requirements ska ange ExcelApi med MinVersion 1.x");

  for (const { url, line } of manifestUrls(root)) {
    if (!url.startsWith("https://")) problems.push(`Adressen ${url} (rad ${line}) är inte https`);
    const icon = /\/assets\/(icon-\d+\.png)$/.exec(url);
    if (icon && !fs.existsSync(path.join(assetsDir, icon[1]))) problems.push(`Ikonfilen assets/${icon[1]} saknas (rad ${line})`);
  }
  for (const size of ICON_SIZES) {
    if (!fs.existsSync(path.join(assetsDir, `icon-${size}.png`))) problems.push(`Ikonfilen assets/icon-${size}.png saknas`);
  }

  const overrides = child(root, "VersionOverrides");
  if (!overrides) return [...problems, "<VersionOverrides> saknas (ingen knapp i menyfliksområdet)"];
  const resources = child(overrides, "Resources");
  if (resources) problems.push(...orderProblems(resources, RESOURCE_ORDER, "Resources"));
  const ids = new Set();
  for (const group of resources ? resources.children : []) {
    for (const r of group.children) {
      if (ids.has(r.attrs.id)) problems.push(`Resursen ${r.attrs.id} är definierad två gånger`);
      ids.add(r.attrs.id);
    }
  }
  for (const el of descendants(overrides)) {
    if (el.attrs.resid && !ids.has(el.attrs.resid)) problems.push(`resid="${el.attrs.resid}" (rad ${el.line}) saknar resurs`);
  }
  const host = child(overrides, "Hosts", "Host");
  const tab = host && child(host, "DesktopFormFactor", "ExtensionPoint", "OfficeTab");
  if (!tab || tab.attrs.id !== "TabHome") problems.push("Knappen ska ligga i en grupp på fliken TabHome");
  const actions = descendants(overrides).filter((e) => localName(e) === "Action");
  if (!actions.some((a) => a.attrs["xsi:type"] === "ShowTaskpane")) problems.push("Ingen knapp med Action ShowTaskpane");
  return problems;
}

/** Whether xmllint is on PATH. */
function hasXmllint() {
  const r = spawnSync("xmllint", ["--version"], { encoding: "utf8" });
  return !r.error && r.status === 0;
}

/** Validates a manifest file against Microsoft's schema with xmllint; `available: false` when it is not installed. */
function validateWithXmllint(file, xsd = XSD) {
  if (!hasXmllint()) return { available: false, ok: false, output: "" };
  const r = spawnSync("xmllint", ["--noout", "--schema", xsd, file], { encoding: "utf8" });
  return { available: true, ok: r.status === 0, output: `${r.stdout}${r.stderr}`.trim() };
}

module.exports = { TOP_LEVEL_ORDER, XSD, checkManifest, hasXmllint, validateWithXmllint };

if (require.main === module) {
  const files = process.argv.slice(2);
  if (!files.length) files.push(path.join(__dirname, "..", "manifest.xml"));
  let failed = false;
  for (const f of files) {
    const problems = checkManifest(fs.readFileSync(f, "utf8"));
    const xsd = validateWithXmllint(f);
    if (!xsd.available) console.log("xmllint saknas: schemavalideringen hoppades över (apt-get install libxml2-utils)");
    else if (!xsd.ok) problems.push(`Schemavalidering: ${xsd.output}`);
    failed = failed || problems.length > 0;
    console.log(problems.length ? `${f}:\n  ${problems.join("\n  ")}` : `${f}: OK`);
  }
  process.exit(failed ? 1 : 0);
}

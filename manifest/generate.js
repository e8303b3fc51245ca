// Production manifest: manifest.xml with every development URL (https://localhost:3000/) rewritten.
//
//   FINSAM_BASE_URL=https://finsam.example.se/excel/ node manifest/generate.js [--out dist/manifest.xml]
//
// One setting: the https base URL where dist/ is published (env FINSAM_BASE_URL or --base-url).
// Without it a clearly marked placeholder is used so `npm run build` works on a fresh machine.
"use strict";

const fs = require("fs");
const path = require("path");

const DEV_BASE_URL = "https://localhost:3000/";
const PLACEHOLDER_BASE_URL = "https://finsam.example.invalid/";
const DEV_MANIFEST = path.join(__dirname, "..", "manifest.xml");

/** Normalises a base URL to "https://host[:port]/path/"; throws a Swedish message when it is not https. */
function normalizeBaseUrl(raw) {
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`FINSAM_BASE_URL är ingen giltig adress: "${raw}"`);
  }
  if (url.protocol !== "https:") throw new Error(`FINSAM_BASE_URL måste börja med https:// (Office kräver https): "${raw}"`);
  if (url.search || url.hash) throw new Error(`FINSAM_BASE_URL får inte ha ? eller #: "${raw}"`);
  const p = url.pathname.endsWith("/") ? url.pathname : `${url.pathname}/`;
  return `${url.origin}${p}`;
}

/** The base URL from --base-url, else env FINSAM_BASE_URL, else the placeholder. */
function resolveBaseUrl(explicit, env = process.env) {
  const raw = explicit || env.FINSAM_BASE_URL;
  if (!raw) return { baseUrl: PLACEHOLDER_BASE_URL, placeholder: true };
  return { baseUrl: normalizeBaseUrl(raw), placeholder: false };
}

/**
 * Rewrites the development manifest for `baseUrl`: every "https://localhost:3000/…" URL becomes
 * "<baseUrl>…", the AppDomain "https://localhost:3000" becomes the base URL's origin, and the
 * leading development comment is replaced by a "generated" note.
 */
function productionManifest(devXml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  const devOrigin = DEV_BASE_URL.slice(0, -1);
  let xml = devXml.replace(/<!--[\s\S]*?-->\s*/, "");
  xml = xml.split(DEV_BASE_URL).join(base);
  xml = xml.split(`>${devOrigin}<`).join(`>${origin}<`);
  xml = xml.replace(
    /(<\?xml[^>]*\?>\s*)/,
    `$1<!-- Genererad av manifest/generate.js från manifest.xml för ${base}. Redigera inte för hand. -->\n`,
  );
  if (xml.includes("localhost")) throw new Error("Produktionsmanifestet innehåller fortfarande localhost");
  return xml;
}

/** Writes the production manifest; returns where and for which base URL. */
function writeProductionManifest({ out, baseUrl, source = DEV_MANIFEST, env = process.env } = {}) {
  const resolved = resolveBaseUrl(baseUrl, env);
  const xml = productionManifest(fs.readFileSync(source, "utf8"), resolved.baseUrl);
  const target = out || path.join(__dirname, "..", "dist", "manifest.xml");
  fs.mkdirSync(path.dirname(target), { recursive: true });
  fs.writeFileSync(target, xml);
  return { out: target, ...resolved };
}

module.exports = {
  DEV_BASE_URL,
  PLACEHOLDER_BASE_URL,
  normalizeBaseUrl,
  resolveBaseUrl,
  productionManifest,
  writeProductionManifest,
};

if (require.main === module) {
  const args = process.argv.slice(2);
  const opt = (name) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  try {
    const r = writeProductionManifest({ out: opt("--out"), baseUrl: opt("--base-url") });
    console.log(`skrev ${path.relative(process.cwd(), r.out)} för ${r.baseUrl}`);
    if (r.placeholder) console.warn("OBS: platshållaradress. Sätt FINSAM_BASE_URL=https://… till adressen där dist/ publiceras.");
  } catch (e) {
    console.error(String(e.message || e));
    process.exit(1);
  }
}

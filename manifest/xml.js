// A minimal XML reader for add-in manifests (elements, attributes, text; comments, PIs and CDATA skipped).
// Enough to check structure offline without a dependency; xmllint does the schema validation.
"use strict";

/**
 * @typedef {{ name: string, attrs: Record<string,string>, children: XmlElement[], text: string, line: number }} XmlElement
 */

const ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

function decode(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, e) => {
    if (e[0] === "#") return String.fromCodePoint(e[1] === "x" ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return ENTITIES[e] ?? m;
  });
}

/** Parses XML text into its root element; throws Error("XML: …") on malformed input. */
function parseXml(text) {
  let i = 0;
  const stack = [];
  let root = null;
  const lineAt = (pos) => text.slice(0, pos).split("\n").length;
  while (i < text.length) {
    const lt = text.indexOf("<", i);
    if (lt < 0) break;
    if (stack.length) stack[stack.length - 1].text += decode(text.slice(i, lt));
    if (text.startsWith("<!--", lt)) {
      const end = text.indexOf("-->", lt);
      if (end < 0) throw new Error(`XML: oavslutad kommentar på rad ${lineAt(lt)}`);
      i = end + 3;
    } else if (text.startsWith("<?", lt)) {
      i = text.indexOf("?>", lt) + 2;
    } else if (text.startsWith("<![CDATA[", lt)) {
      const end = text.indexOf("]]>", lt);
      if (stack.length) stack[stack.length - 1].text += text.slice(lt + 9, end);
      i = end + 3;
    } else if (text.startsWith("<!", lt)) {
      i = text.indexOf(">", lt) + 1;
    } else if (text[lt + 1] === "/") {
      const gt = text.indexOf(">", lt);
      const name = text.slice(lt + 2, gt).trim();
      const open = stack.pop();
      if (!open || open.name !== name) throw new Error(`XML: </${name}> stänger inte <${open ? open.name : "?"}> (rad ${lineAt(lt)})`);
      i = gt + 1;
    } else {
      const m = /^<([\w:.-]+)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/.exec(text.slice(lt));
      if (!m) throw new Error(`XML: ogiltig tagg på rad ${lineAt(lt)}`);
      const attrs = {};
      for (const a of m[2].matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = decode(a[2] ?? a[3]);
      const el = { name: m[1], attrs, children: [], text: "", line: lineAt(lt) };
      if (stack.length) stack[stack.length - 1].children.push(el);
      else if (root) throw new Error("XML: mer än ett rotelement");
      else root = el;
      if (!m[3]) stack.push(el);
      i = lt + m[0].length;
    }
  }
  if (stack.length) throw new Error(`XML: <${stack[stack.length - 1].name}> stängs aldrig`);
  if (!root) throw new Error("XML: inget rotelement");
  return root;
}

/** Local name without prefix: "bt:Image" → "Image". */
function localName(el) {
  return el.name.includes(":") ? el.name.split(":")[1] : el.name;
}

/** Children with the given local name. */
function childrenNamed(el, name) {
  return el.children.filter((c) => localName(c) === name);
}

/** First child with the given local name, following a path: child(el, "Hosts", "Host"). */
function child(el, ...names) {
  let cur = el;
  for (const n of names) {
    cur = cur && childrenNamed(cur, n)[0];
  }
  return cur;
}

/** Every descendant (depth first, document order). */
function descendants(el) {
  const out = [];
  const walk = (e) => {
    for (const c of e.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

module.exports = { parseXml, localName, childrenNamed, child, descendants };

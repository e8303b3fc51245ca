// Generates the add-in icons assets/icon-{16,32,64,80,128}.png with Node's zlib only.
// Motif: three rising bars (förbrukning) on a rounded teal square. Run: node manifest/icons.js
"use strict";

const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BACKGROUND = [0x0f, 0x6c, 0x5c]; // teal, readable on light and dark ribbons
const BAR = [0xff, 0xff, 0xff];
const SAMPLES = 4; // supersampling per axis for smooth edges

/** Coverage of the unit-square shape at (x, y) in [0,1]²: 0 outside, 1 = background, 2 = bar. */
function shapeAt(x, y) {
  const r = 0.18; // corner radius
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return 0;
  const bars = [
    { x0: 0.2, x1: 0.36, top: 0.55 },
    { x0: 0.42, x1: 0.58, top: 0.38 },
    { x0: 0.64, x1: 0.8, top: 0.2 },
  ];
  for (const b of bars) if (x >= b.x0 && x < b.x1 && y >= b.top && y < 0.8) return 2;
  return 1;
}

/** RGBA pixels of one icon, premultiplied coverage averaged over SAMPLES² points. */
function render(size) {
  const px = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let pxi = 0; pxi < size; pxi++) {
      let bg = 0;
      let bar = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const s = shapeAt((pxi + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size);
          if (s === 1) bg++;
          else if (s === 2) bar++;
        }
      }
      const n = SAMPLES * SAMPLES;
      const alpha = (bg + bar) / n;
      const o = (py * size + pxi) * 4;
      for (let c = 0; c < 3; c++) {
        px[o + c] = alpha === 0 ? 0 : Math.round((BACKGROUND[c] * bg + BAR[c] * bar) / (bg + bar));
      }
      px[o + 3] = Math.round(alpha * 255);
    }
  }
  return px;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

/** Encodes RGBA pixels as a PNG (colour type 6, 8 bits, filter 0 on every row). */
function encodePng(size, rgba) {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0);
  ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8;
  ihdr[9] = 6;
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function writeIcons(dir = path.join(__dirname, "..", "assets")) {
  fs.mkdirSync(dir, { recursive: true });
  return SIZES.map((size) => {
    const file = path.join(dir, `icon-${size}.png`);
    fs.writeFileSync(file, encodePng(size, render(size)));
    return file;
  });
}

module.exports = { SIZES, encodePng, render, writeIcons };

if (require.main === module) {
  for (const f of writeIcons()) console.log(`skrev ${path.relative(process.cwd(), f)}`);
}

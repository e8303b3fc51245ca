#!/usr/bin/env node
// Entry point of `npx finsam …`: runs the compiled CLI (built by `npm ci` through the prepare script).
"use strict";
const path = require("path");
const fs = require("fs");
const compiled = path.join(__dirname, "..", "..", "dist", "node", "src", "cli", "main.js");
if (!fs.existsSync(compiled)) {
  process.stderr.write("finsam: CLI är inte byggt. Kör `npm run build:cli` (görs automatiskt av `npm ci`).\n");
  process.exit(2);
}
require(compiled)
  .main(process.argv.slice(2))
  .then(
    (code) => process.exit(code),
    (err) => {
      process.stderr.write("finsam: ett oväntat fel stoppade körningen; indatafilen är orörd.\n");
      if (process.env.FINSAM_DEBUG) process.stderr.write(`${err && err.stack ? err.stack : err}\n`);
      process.exit(3);
    },
  );

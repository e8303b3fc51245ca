#!/usr/bin/env node
// `npm run serve`: serves the built dist/ over https://localhost:3000 with a static file server (http-server),
// so a production build can be tried in Excel without webpack. The localhost certificate is the one
// office-addin-dev-certs installs (it asks the first time). `npm run serve -- --http` serves plain http
// (enough for dist/demo.html in a browser; Excel needs https).
"use strict";
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");

const dist = path.join(__dirname, "..", "dist");
if (!fs.existsSync(path.join(dist, "taskpane.html"))) {
  process.stderr.write("dist/ saknas eller är ofullständig. Kör först: npm run build\n");
  process.exit(2);
}
const httpServer = require.resolve("http-server/bin/http-server");
const plain = process.argv.includes("--http");

async function main() {
  const args = [httpServer, dist, "-p", "3000", "-c-1"];
  if (!plain) {
    const certs = require("office-addin-dev-certs");
    await certs.getHttpsServerOptions(); // creates and trusts the localhost certificate when missing
    const defaults = require("office-addin-dev-certs/lib/defaults");
    args.push("-S", "-C", defaults.localhostCertificatePath, "-K", defaults.localhostKeyPath);
  }
  process.stdout.write(`Finsam för Excel: ${plain ? "http" : "https"}://localhost:3000/taskpane.html (avsluta med Ctrl+C)\n`);
  spawn(process.execPath, args, { stdio: "inherit" }).on("exit", (code) => process.exit(code ?? 0));
}
main().catch((e) => {
  process.stderr.write(`Kunde inte starta servern: ${e && e.message ? e.message : e}\n`);
  process.exit(2);
});

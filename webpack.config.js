/* eslint-disable @typescript-eslint/no-require-imports */
// Webpack for the Office add-in (task pane + ribbon commands) and the browser demo.
//
//   npm start          https://localhost:3000/taskpane.html  (office-addin-dev-certs)
//   npm run demo       http://localhost:3001/demo.html       (no certificates needed)
//   npm run build      dist/: taskpane, commands, demo, assets and the production manifest
//   npm run build:demo dist/: demo only (static site: demo.html + assets/exempel)
//
// dist/node/ belongs to the CLI build (tsc) and is never cleaned here.
"use strict";

const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { writeProductionManifest } = require("./manifest/generate");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_HTTPS_PORT = 3000;
const DEMO_PORT = 3001;

/** CSP of the task pane and the commands page: scripts only from us and Microsoft's Office.js CDN. */
const ADDIN_CSP = [
  "default-src 'self'",
  `script-src 'self' https://appsforoffice.microsoft.com`,
  // Office.js injects a trust iframe from its CDN on Office Online Server and other non-Microsoft web hosts;
  // without this the pane hangs on "Laddar…" there (issue 16, finding 8).
  "frame-src 'self' https://appsforoffice.microsoft.com",
  "connect-src 'self'",
  // Fluent UI (Griffel) inserts <style> elements at run time.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

/** CSP of the demo: nothing but our own origin (the example workbook is fetched from it). */
const DEMO_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'self'",
].join("; ");

function htmlPage(filename, template, chunks, csp, extra = {}) {
  return new HtmlWebpackPlugin({
    filename,
    template,
    chunks,
    templateParameters: { csp, officeJs: OFFICE_JS_CDN, ...extra },
    scriptLoading: "defer",
  });
}

/** HTTPS options for `npm start`; installs the dev certificates on first use (office-addin-dev-certs). */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const demo = Boolean(env.demo);
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);

  const entry = demo
    ? { demo: "./src/demo/index.tsx" }
    : {
        taskpane: "./src/taskpane/index.tsx",
        commands: "./src/commands/commands.ts",
        demo: "./src/demo/index.tsx",
      };

  const plugins = [
    htmlPage("demo.html", "./src/demo/demo.html", ["demo"], DEMO_CSP),
    new CopyWebpackPlugin({
      patterns: [
        // assets/screenshots/ holds the README's pictures: not part of the add-in or the demo.
        { from: "assets", to: "assets", globOptions: { ignore: ["**/.gitkeep", "**/screenshots/**"] }, noErrorOnMissing: true },
      ],
    }),
  ];
  if (!demo) {
    plugins.push(
      htmlPage("taskpane.html", "./src/taskpane/taskpane.html", ["taskpane"], ADDIN_CSP),
      htmlPage("commands.html", "./src/commands/commands.html", ["commands"], ADDIN_CSP),
    );
    if (production && !serving) {
      plugins.push({
        apply(compiler) {
          compiler.hooks.afterEmit.tap("FinsamProductionManifest", () => {
            const out = path.join(compiler.outputPath, "manifest.xml");
            const { baseUrl, placeholder } = writeProductionManifest({ out });
            const note = placeholder ? " (platshållare: sätt FINSAM_BASE_URL)" : "";
            console.log(`Produktionsmanifest: ${out} → ${baseUrl}${note}`);
          });
        },
      });
    }
  }

  let server;
  if (serving && !demo) server = { type: "https", options: await httpsOptions() };
  else server = { type: "http" };

  return {
    mode: production ? "production" : "development",
    // No eval-based source maps: the pages' CSP forbids eval.
    // No source maps in the production dist/ (they would publish the sources beside the add-in).
    devtool: production ? false : "cheap-module-source-map",
    entry,
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].chunk.js" : "[name].chunk.js",
      publicPath: "auto",
      // dist/node/ is the CLI's; a demo-only build also keeps the add-in files of a full build.
      clean: { keep: demo ? /^(node[\\/]|taskpane|commands|manifest\.xml)/ : /^node[\\/]/ },
    },
    resolve: {
      extensions: [".tsx", ".ts", ".js"],
      // TypeScript's nodenext wants "./x.js" in dynamic import(); webpack finds the .ts source.
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
      // csv-parse's Node build uses the Buffer global; its browser build carries its own (src/xlsx/read-csv.ts).
      alias: { "csv-parse/sync$": "csv-parse/browser/esm/sync" },
      // iconv-lite (SIE files in code page 437, loaded on demand) needs Node's Buffer: the "buffer" package in the browser.
      fallback: { buffer: require.resolve("buffer/") },
    },
    module: {
      // A missing export is a broken build, not a warning (ts-loader's transpileOnly does not check it).
      parser: { javascript: { exportsPresence: "error" } },
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true,
              compilerOptions: { module: "es2022", moduleResolution: "bundler", sourceMap: true },
            },
          },
        },
      ],
    },
    plugins,
    performance: { hints: false },
    devServer: {
      port: demo ? DEMO_PORT : DEV_HTTPS_PORT,
      server,
      static: false,
      hot: false,
      liveReload: true,
      open: false,
      onListening(devServer) {
        const { port } = devServer.server.address();
        const page = demo ? "demo.html" : "taskpane.html";
        const scheme = demo ? "http" : "https";
        console.log(`\nFinsam för Excel: ${scheme}://localhost:${port}/${page}\n`);
      },
      headers: { "Access-Control-Allow-Origin": "*" },
      client: { overlay: { warnings: false, errors: true } },
      devMiddleware: { writeToDisk: false },
    },
  };
};

// Activation of the bundled extension outside VS Code: loads DIST/extension.js in this (fresh)
// process with `vscode` replaced by a stand-in, calls activate(), and prints one line of JSON:
//   loadMs, loadCpuMs          require('extension.js')
//   activateMs, activateCpuMs  activate(context)
//   engineAtActivation         whether dist/engine.js was loaded by then, or by what activation left
//                              to run once the event loop turns (it should not be)
// With --first-use ARTICLE, then what the first analysis costs: loading dist/engine.js
// (engineMs, engineCpuMs; 0 when activation had loaded it) and the first article analysed
// (analysisMs: the built-in registry and the name tagger's model are read then; mentions: the actors it found).
//
//   node --expose-gc scripts/activation-probe.cjs DIST [--first-use ARTICLE]
//
// The stand-in has every name the API declares (@types/vscode), as VS Code's has, each answering
// any property, call or construction with another stand-in; the lists VS Code starts with are empty.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const dist = path.resolve(process.argv[2]);
const firstUseAt = process.argv.indexOf('--first-use');
const article = firstUseAt > 0 ? process.argv[firstUseAt + 1] : undefined;

function standIn() {
  const own = new Map();
  return new Proxy(function () {}, {
    get: (_t, p) => {
      if (p === 'then') return undefined;
      if (p === Symbol.toPrimitive) return () => '';
      if (!own.has(p)) own.set(p, standIn());
      return own.get(p);
    },
    set: (_t, p, v) => (own.set(p, v), true),
    apply: () => standIn(),
    construct: () => standIn(),
  });
}

const declarations = fs.readFileSync(require.resolve('@types/vscode/index.d.ts', { paths: [process.cwd(), __dirname] }), 'utf8');
const api = {};
for (const m of declarations.matchAll(/^\texport (?:namespace|class|enum|const|function|let) (\w+)/gm)) api[m[1]] = standIn();
api.window.visibleTextEditors = [];
api.window.activeTextEditor = undefined;
api.workspace.textDocuments = [];
api.workspace.workspaceFolders = undefined;

const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  return request === 'vscode' ? 'vscode' : resolveFilename.call(this, request, ...rest);
};
require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: api };

const engineFile = path.join(dist, 'engine.js');
const engineLoaded = () => require.cache[engineFile] !== undefined;
const cpuMs = (c) => (c.user + c.system) / 1000;

function measure(fn) {
  const cpu = process.cpuUsage();
  const t = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t, cpuMs: cpuMs(process.cpuUsage(cpu)) };
}

// Run with --expose-gc: the stand-in's garbage (the declarations read above) is collected before the clock starts.
globalThis.gc?.();
const load = measure(() => require(path.join(dist, 'extension.js')));
const storage = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'isnad-probe-'));
const context = standIn();
context.subscriptions = [];
context.storageUri = { fsPath: storage, scheme: 'file', path: storage };
const activate = measure(() => load.value.activate(context));
const result = { loadMs: load.ms, loadCpuMs: load.cpuMs, activateMs: activate.ms, activateCpuMs: activate.cpuMs };

async function afterActivation() {
  // What activation left to run (promises, timers without delay) counts as activation.
  await new Promise((done) => setTimeout(done, 20));
  result.engineAtActivation = engineLoaded();
  // A single bundle (the engine inside extension.js) has no first use to measure.
  if (!article || !fs.existsSync(engineFile)) return;
  const wasLoaded = engineLoaded();
  const engine = measure(() => require(engineFile));
  result.engineMs = wasLoaded ? 0 : engine.ms;
  result.engineCpuMs = wasLoaded ? 0 : engine.cpuMs;
  const text = fs.readFileSync(article, 'utf8');
  const analysis = measure(() => new engine.value.Corpus().setArticle('article.txt', text));
  result.analysisMs = analysis.ms;
  result.mentions = analysis.value.mentions.length;
}

void afterActivation().then(() => {
  fs.rmSync(storage, { recursive: true, force: true });
  process.stdout.write(JSON.stringify(result) + '\n');
  process.exit(0);
});

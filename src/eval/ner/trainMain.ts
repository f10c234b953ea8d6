/**
 * npm run train:ner: trains the name tagger on the training parts of the data
 * in ../shared/data (ANERcorp without its development documents, Wojood train),
 * calibrates its confidence on the development parts, and writes the model file
 * that ships (src/core/data/ner/isnad-ner.bin). Deterministic.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emissions, MODEL_FILE, serializeModel } from '../../core/actors/tagger/model';
import { dataDir, readNerData } from './data';
import { examples, goldLogLikelihood, quantise, train } from './train';

const root = path.resolve(__dirname, '..');
const args = process.argv.slice(2);
const arg = (name: string, def: number): number => {
  const a = args.find((x) => x.startsWith(`--${name}=`));
  return a ? Number(a.split('=')[1]) : def;
};
const bits = arg('bits', 20);
const epochs = arg('epochs', 40);
const out = args.find((a) => a.startsWith('--out='))?.slice(6) ?? path.join(root, 'src', 'core', 'data', 'ner', MODEL_FILE);

const t0 = performance.now();
const data = readNerData(dataDir(root));
const withFane = !args.includes('--no-newsfane');
const trainSet = examples([...data.aner.train, ...data.wojood.train, ...(withFane ? data.newsfane.train : [])]);
const devSet = examples([...data.aner.dev, ...data.wojood.dev]);
console.log(`training lines ${trainSet.length} (${trainSet.reduce((a, e) => a + e.n, 0)} tokens), development lines ${devSet.length}; NewsFANE sentences held out ${data.newsfaneHeldOut}`);
const { weights, transitions } = train(trainSet, { bits, epochs, seed: 20240611, log: (s) => console.log('  ' + s) });
const model = quantise(weights, transitions, bits);
// Calibrate the confidence on the development lines: the temperature that best predicts their gold labels.
const ems = devSet.map((ex) => emissions(model, ex.feats, ex.n));
const emOf = (ex: (typeof devSet)[number]): Float32Array => ems[devSet.indexOf(ex)];
let best = { t: 1, ll: -Infinity };
for (const t of [1, 2, 4, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256]) {
  const ll = goldLogLikelihood(model, devSet, t, emOf);
  if (ll > best.ll) best = { t, ll };
}
model.temperature = best.t;
model.threshold = arg('threshold', 0.3);
fs.mkdirSync(path.dirname(out), { recursive: true });
const bytes = serializeModel(model);
fs.writeFileSync(out, bytes);
console.log(`temperature ${best.t} (dev log-likelihood ${best.ll.toFixed(4)}); wrote ${path.relative(process.cwd(), out)} (${bytes.length} bytes) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

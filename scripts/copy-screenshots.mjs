// npm run screenshots: copies the screenshots the UI tests took (test-results/) to
// media/screenshots/, where the reviewers' README (README.reviewers.md) shows them.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHOTS = { '01-highlights.png': 'highlights.png', '05-provenance-dark.png': 'provenance-dark.png', '06-provenance-light.png': 'provenance-light.png' };
const to = path.join(root, 'media/screenshots');
fs.mkdirSync(to, { recursive: true });
let missing = 0;
for (const [from, name] of Object.entries(SHOTS)) {
  const src = path.join(root, 'test-results', from);
  if (!fs.existsSync(src)) {
    console.error(`no ${path.relative(root, src)}: run the UI tests first (npm run test:ui)`);
    missing++;
    continue;
  }
  fs.copyFileSync(src, path.join(to, name));
  console.log(`${path.relative(root, src)} -> media/screenshots/${name}`);
}
process.exit(missing ? 1 : 0);

/**
 * The CLI as users run it: one esbuild bundle of src/cli/isnad.ts written into a
 * test's own folder, with the name tagger's model beside it as dist/ has it
 * (scripts/build.mjs copies it there). `model: false` leaves the model out, or
 * `model: <text>` writes that text in its place (a damaged model).
 */
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.join(__dirname, '../..');

export async function buildCliBundle(dir: string, model: boolean | string = true): Promise<string> {
  const cli = path.join(dir, 'cli.js');
  await build({ entryPoints: [path.join(root, 'src/cli/isnad.ts')], outfile: cli, bundle: true, platform: 'node', target: 'node20', format: 'cjs', mainFields: ['module', 'main'], logLevel: 'silent' });
  const beside = path.join(dir, 'isnad-ner.bin');
  if (typeof model === 'string') fs.writeFileSync(beside, model);
  else if (model) fs.copyFileSync(path.join(root, 'src/core/data/ner/isnad-ner.bin'), beside);
  return cli;
}

/**
 * A new folder under `parent` holding these files: a name is a string, or the
 * raw bytes of a name that is not valid UTF-8.
 */
export function articleFolder(parent: string, files: Iterable<[string | Buffer, string | Uint8Array]>): string {
  const dir = fs.mkdtempSync(path.join(parent, 'f-'));
  for (const [name, content] of files) fs.writeFileSync(typeof name === 'string' ? path.join(dir, name) : Buffer.concat([Buffer.from(dir + '/'), name]), content);
  return dir;
}

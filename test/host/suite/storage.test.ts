/**
 * The analyses the extension keeps in its workspace storage (issue 11, the persistent cache), in
 * the real extension host: each article's analysis is written there in the background; an index
 * rebuilt over the same storage (`isnad.refresh` drops the engine and reads every file again, as
 * a window reload does) takes every unchanged article from it instead of analysing, with the same
 * claims; a file changed on disk is analysed again and its entry replaced, so the next rebuild
 * reads it too; a deleted article's entry is removed at the next rebuild. (An entry whose text no
 * longer matches is refused: unit-tested in cache-analysis.) A reload of the window itself is not driven here (it would end this suite): the
 * rebuilt index reads the same files through the same code.
 * Runs last (after smoke.test.ts) and removes what it creates. Figures print with `[storage]`.
 */
import * as assert from 'assert';
import * as fs from 'fs';
import * as vscode from 'vscode';
import type { IndexStats } from '../../../src/vscode/workspace/articleIndex';
import { sleep, waiter, wsUri } from './helpers';

const EXTENSION_ID = 'isnad.isnad';
const SEED = '001_69304f80c3eb9147.txt';

interface ClaimsSnapshot {
  groups: Array<{ id: string; label: string; description: string; articles: number; files: string[] }>;
}

const log = (...args: unknown[]) => console.log('[storage]', ...args);
const until = waiter(20_000);

const stats = () => vscode.commands.executeCommand<IndexStats>('isnad.debug.indexStats');
const claims = () => vscode.commands.executeCommand<ClaimsSnapshot>('isnad.debug.claimsSnapshot');
const cacheOf = (s: IndexStats) => {
  assert.ok(s.cache, 'a workspace is open, so the index keeps its analyses in the workspace storage');
  return s.cache;
};
const settled = (s: IndexStats) => s.state === 'ready' && s.queue.size === 0 && s.inFlight === 0;
const ofFolder = (s: IndexStats) => Object.keys(s.analysesByFile).filter((k) => k.includes('/kept/'));

// Three short articles that retell one claim, so the claims view has a group of their own.
const KEPT: Array<[string, string]> = [
  ['kept/k1.txt', '3 - 03 - 2026\n\nقال وزير الخارجية العماني بدر البوسعيدي إن جولة جديدة من المحادثات بين طهران وواشنطن ستعقد في مسقط الأسبوع المقبل.\n'],
  ['kept/k2.txt', '4 - 03 - 2026\n\nأعلن وزير الخارجية العماني بدر البوسعيدي أن جولة جديدة من المحادثات بين طهران وواشنطن ستعقد في مسقط الأسبوع المقبل.\n'],
  ['kept/k3.txt', '4 - 03 - 2026\n\nوذكر البوسعيدي أن جولة جديدة من المحادثات بين إيران والولايات المتحدة ستعقد في مسقط الأسبوع المقبل.\n'],
];
const CHANGED = '5 - 03 - 2026\n\nقال المتحدث باسم الخارجية الإيرانية إن طهران لن تشارك في أي محادثات مع واشنطن قبل رفع العقوبات.\n';

async function write(rel: string, text: string): Promise<void> {
  const uri = wsUri(rel);
  await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(uri, '..'));
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
}

/** isnad.refresh: the engine is dropped and every file read again (the index's warm start). */
async function rebuild(): Promise<IndexStats> {
  await vscode.commands.executeCommand('isnad.refresh');
  return until('the rebuilt index', stats, settled, 30_000);
}

const groupsOf = (c: ClaimsSnapshot) => c.groups.map((g) => `${g.label} | ${g.articles} | ${[...g.files].sort().join(',')}`).sort();

suite('storage', function () {
  this.timeout(120_000);

  suiteSetup(async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(wsUri(SEED)));
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext);
    await until('activation', () => ext.isActive, (v) => v);
    await until('indexing', stats, (s) => settled(s) && s.articles >= 5, 30_000);
  });

  suiteTeardown(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    try { await vscode.workspace.fs.delete(wsUri('kept'), { recursive: true, useTrash: false }); } catch { /* already gone */ }
    await until('workspace back to the seeds', stats, (s) => s.articles === 5 && s.queue.size === 0, 30_000);
  });

  test('a rebuilt index reads every unchanged article from the storage, with the same claims; a changed file is analysed again', async () => {
    for (const [rel, text] of KEPT) await write(rel, text);
    const indexed = await until('the new articles indexed', stats, (s) => settled(s) && ofFolder(s).length === KEPT.length, 30_000);
    const articles = indexed.articles;
    // Entries are written in the background: wait until every one has reached the disk.
    const before = cacheOf(await until('the entries written', stats, (s) => !cacheOf(s).writing));
    const entries = fs.readdirSync(before.dir).filter((f) => !f.endsWith('.tmp')).length;
    assert.ok(entries >= articles, `an entry per article in ${before.dir} (${entries} for ${articles} articles)`);
    await until('the claim the new articles retell', claims, (c) => c.groups.some((g) => g.files.includes('k1.txt') && g.files.includes('k2.txt')));
    const claimsBefore = groupsOf(await claims());

    const t0 = Date.now();
    const warm = await rebuild();
    const c1 = cacheOf(warm);
    log(`rebuilt over ${articles} articles in ${Date.now() - t0} ms: ${c1.hits - before.hits} read from the storage, ${c1.misses - before.misses} missing, ${c1.rejected - before.rejected} refused`);
    assert.strictEqual(warm.articles, articles);
    // At least: a provider asking for an article while it is read takes it from the storage too.
    assert.ok(c1.hits - before.hits >= articles, `every article came from the storage (${c1.hits - before.hits} of ${articles})`);
    assert.strictEqual(c1.misses - before.misses, 0);
    assert.strictEqual(c1.rejected - before.rejected, 0);
    assert.strictEqual(c1.failed, 0, 'no entry failed to be written');
    await until('the same claims as before the rebuild', async () => groupsOf(await claims()), (g) => JSON.stringify(g) === JSON.stringify(claimsBefore));

    // A file changed on disk is analysed again (from its previous lines: the engine already holds the
    // article, so the storage is not asked), and its new analysis replaces its entry.
    const k3 = (x: IndexStats) => Object.entries(x.analysesByFile).find(([k]) => k.endsWith('/kept/k3.txt'))?.[1] ?? 0;
    await write('kept/k3.txt', CHANGED);
    const changed = await until('the changed file analysed and its entry written', stats, (s) => settled(s) && k3(s) > k3(warm) && cacheOf(s).written > c1.written && !cacheOf(s).writing);
    const c2 = cacheOf(changed);
    assert.strictEqual(c2.hits, c1.hits, 'nothing was read from the storage for the change');
    assert.strictEqual(c2.rejected, c1.rejected);
    await until('the changed file left the claim', claims, (c) => !c.groups.some((g) => g.files.includes('k3.txt') && g.files.includes('k1.txt')));
    // The next rebuild reads every article from the storage, the changed one with its new text.
    const again = cacheOf(await rebuild());
    log(`rebuilt after the change: ${again.hits - c2.hits} read, ${again.misses - c2.misses} missing, ${again.rejected - c2.rejected} refused`);
    assert.ok(again.hits - c2.hits >= articles, `every article read, the changed one included (${again.hits - c2.hits} of ${articles})`);
    assert.strictEqual(again.misses, c2.misses);
    assert.strictEqual(again.rejected, c2.rejected, 'no entry was out of date');

    // A deleted article's entry leaves the storage when the index is next rebuilt.
    const entryCount = () => fs.readdirSync(again.dir).filter((f) => f.endsWith('.isc')).length;
    // The rebuild's prune runs after its writes are flushed: wait for both.
    await sleep(300);
    await until('earlier pruning done', stats, (s) => !cacheOf(s).writing);
    const before2 = { removed: cacheOf(await stats()).removed, entries: entryCount() };
    await vscode.workspace.fs.delete(wsUri('kept/k1.txt'), { useTrash: false });
    await until('the deleted article dropped', stats, (s) => settled(s) && s.articles === articles - 1);
    await rebuild();
    const pruned = await until('the entry of the deleted article removed', stats, (s) => cacheOf(s).removed > before2.removed);
    log(`pruned: ${cacheOf(pruned).removed - before2.removed} entries removed, ${entryCount()} left (${before2.entries} before)`);
    assert.strictEqual(entryCount(), before2.entries - (cacheOf(pruned).removed - before2.removed));
  });
});

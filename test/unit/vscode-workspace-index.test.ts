// The article index's rules against an in-memory workspace (no VS Code): which files count,
// delete, rename and late reads. The host suite checks the same through real file events.
import { afterEach, describe, expect, it } from 'vitest';
import { Corpus } from '../../src/core';
import { ArticleSync, type SyncSettings } from '../../src/vscode/workspace/articleSync';
import type { CorpusChange } from '../../src/vscode/workspace/changeBatch';
import { FileEvents } from '../../src/vscode/workspace/fileEvents';
import { FOLDER, MemoryWorkspace } from './memoryWorkspace';

const TEHRAN = 'قال وزير الخارجية الإيراني عباس عراقجي إن بلاده لن تتفاوض تحت الضغط، وأكد أن طهران مستعدة للحوار.';
const ANKARA = 'كشفت مصادر أمريكية لموقع أكسيوس أن قطر ومصر وتركيا تبذل جهوداً لترتيب اجتماع في العاصمة التركية أنقرة.';
const CAIRO = 'أعلنت وزارة الخارجية المصرية أن القاهرة ستستضيف جولة جديدة من المحادثات الأسبوع المقبل.';

function setup(settings: Partial<SyncSettings> = {}) {
  const workspace = new MemoryWorkspace();
  const corpus = new Corpus();
  const changes: CorpusChange[] = [];
  const logged: string[] = [];
  const log = { info: (m: string) => logged.push(m), warn: (m: string) => logged.push(m), error: (m: string) => logged.push(m) };
  const sync = new ArticleSync({
    workspace, log,
    corpus: () => corpus,
    settings: () => ({ include: '**/*.txt', maxFileSizeKB: 1024, debounceMs: 0, ...settings }),
    onChange: (c) => changes.push(c),
    onSkip: () => undefined,
  });
  let refreshes = 0;
  const events = new FileEvents(sync, () => refreshes++);
  disposers.push(() => events.dispose());
  const indexAll = async () => sync.readAll(await sync.findArticleFiles());
  return { workspace, corpus, sync, events, changes, indexAll, refreshes: () => refreshes };
}

const disposers: Array<() => void> = [];
afterEach(() => disposers.splice(0).forEach((d) => d()));

/** Waits until the file-event queue is empty and its round is over. */
async function settled(events: FileEvents): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await new Promise((resolve) => setImmediate(resolve));
    if (events.queue.size === 0) {
      for (let j = 0; j < 5; j++) await new Promise((resolve) => setImmediate(resolve));
      if (events.queue.size === 0) return;
    }
  }
  throw new Error('file events never settled');
}

describe('which files count as articles', () => {
  it('reads Arabic text files matching the include glob; skips other folders, other names, English, binary and too-large files', async () => {
    const { workspace, sync, corpus, indexAll } = setup({ maxFileSizeKB: 1 });
    const article = workspace.write('news/tehran.txt', TEHRAN);
    workspace.write('node_modules/pkg/readme.txt', ANKARA);
    workspace.write('.isnad/notes.txt', ANKARA);
    workspace.write('news/draft.md', CAIRO);
    workspace.write('news/english.txt', 'The foreign minister said talks would resume next week in Cairo.');
    const binary = workspace.write('news/photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x0a, 0x1a, 0, 0]));
    const big = workspace.write('news/archive.txt', (CAIRO + '\n').repeat(40));
    await indexAll();
    expect([...sync.texts.keys()]).toEqual([article]);
    expect(corpus.getArticle(article)?.mentions.length).toBeGreaterThan(0);
    expect(sync.skipped.reasonOf(big)).toBe('tooLarge');
    expect(sync.skipped.reasonOf(binary)).toBe('binary');
    expect(sync.skipped.reasonOf(`${FOLDER}/news/english.txt`)).toBeUndefined();
  });

  it('untitled documents are candidates, output and git views never; files outside the glob are not', () => {
    const { sync } = setup();
    expect(sync.isCandidateKey('untitled:Untitled-1')).toBe(true);
    expect(sync.isCandidateKey('output:extension-output-isnad')).toBe(false);
    expect(sync.isCandidateKey('git:/ws/news/a.txt?ref')).toBe(false);
    expect(sync.isCandidateKey(`${FOLDER}/news/a.txt`)).toBe(true);
    expect(sync.isCandidateKey(`${FOLDER}/news/a.md`)).toBe(false);
    expect(sync.isCandidateKey(`${FOLDER}/.git/a.txt`)).toBe(false);
  });

  it('an unsaved document wins over the disk, and its text is judged like a file', async () => {
    const { workspace, sync, corpus, indexAll } = setup();
    const key = workspace.write('news/tehran.txt', TEHRAN);
    workspace.open(key, ANKARA, true);
    await indexAll();
    expect(sync.texts.get(key)).toBe(ANKARA);
    expect(corpus.getArticle(key)?.sentences.map((x) => x.text).join(' ')).toContain('أكسيوس');
  });
});

describe('rename', () => {
  it('moves the analysis to the new name without reading the file again, and announces both names', async () => {
    const { workspace, sync, corpus, events, changes, indexAll } = setup();
    const from = workspace.write('news/tehran.txt', TEHRAN);
    await indexAll();
    const analyses = sync.analysisCount;
    const to = `${FOLDER}/archive/tehran-2024.txt`;
    workspace.files.set(to, workspace.files.get(from)!);
    workspace.delete(from);
    changes.length = 0;
    events.rename(from, to);
    expect(corpus.getArticle(from)).toBeUndefined();
    expect(corpus.getArticle(to)?.sentences.map((x) => x.text).join(' ')).toContain('عراقجي');
    expect([...sync.texts.keys()]).toEqual([to]);
    expect(sync.analysisCount).toBe(analyses);
    expect(changes).toEqual([{ files: [from, to] }]);
  });

  it('renamed out of the include glob, it is no longer an article; a folder renamed moves every article in it', async () => {
    const { workspace, sync, events, indexAll } = setup();
    const a = workspace.write('news/tehran.txt', TEHRAN);
    const b = workspace.write('news/ankara.txt', ANKARA);
    const c = workspace.write('other/cairo.txt', CAIRO);
    await indexAll();
    events.rename(c, `${FOLDER}/other/cairo.md`);
    expect(sync.texts.has(c)).toBe(false);
    events.rename(`${FOLDER}/news`, `${FOLDER}/old-news`);
    expect([...sync.texts.keys()].sort()).toEqual([`${FOLDER}/old-news/ankara.txt`, `${FOLDER}/old-news/tehran.txt`]);
    expect(sync.texts.has(a) || sync.texts.has(b)).toBe(false);
  });
});

describe('delete', () => {
  it('a deleted file leaves the corpus; a deleted folder takes every article under it', async () => {
    const { workspace, sync, corpus, events, indexAll } = setup();
    const a = workspace.write('news/tehran.txt', TEHRAN);
    const b = workspace.write('news/2024/ankara.txt', ANKARA);
    const c = workspace.write('cairo.txt', CAIRO);
    await indexAll();
    workspace.delete(c);
    events.deleted(c);
    await settled(events);
    expect(corpus.getArticle(c)).toBeUndefined();
    workspace.delete(`${FOLDER}/news`);
    events.deleted(`${FOLDER}/news`);
    await settled(events);
    expect([...sync.texts.keys()]).toEqual([]);
    expect(corpus.getArticle(a) ?? corpus.getArticle(b)).toBeUndefined();
  });

  it('a delete event for a file that is there again (deleted and re-created) keeps it, with the new text', async () => {
    const { workspace, sync, events, indexAll } = setup();
    const key = workspace.write('news/tehran.txt', TEHRAN);
    await indexAll();
    workspace.write('news/tehran.txt', ANKARA);
    events.deleted(key);
    await settled(events);
    expect(sync.texts.get(key)).toBe(ANKARA);
  });

  it('deleting a skipped folder (node_modules) queues nothing', () => {
    const { events } = setup();
    events.deleted(`${FOLDER}/node_modules/pkg`);
    expect(events.queue.size).toBe(0);
  });
});

describe('late reads', () => {
  it('a read that finishes after the delete that followed it is dropped', async () => {
    const { workspace, sync, events } = setup();
    const key = workspace.write('news/tehran.txt', TEHRAN);
    workspace.hold(key);
    events.created(key);
    await new Promise((resolve) => setImmediate(resolve));
    workspace.delete(key);
    events.deleted(key);
    workspace.release(key);
    await settled(events);
    expect(sync.staleDropped).toBe(1);
    expect(sync.texts.has(key)).toBe(false);
  });

  it('a read that finishes after an edit loses to the edit', async () => {
    const { workspace, sync, events } = setup();
    const key = workspace.write('news/tehran.txt', TEHRAN);
    workspace.hold(key);
    events.created(key);
    await new Promise((resolve) => setImmediate(resolve));
    const doc = workspace.open(key, CAIRO, true);
    doc.version = 2;
    sync.schedule(doc);
    workspace.release(key);
    await settled(events);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(sync.staleDropped).toBe(1);
    expect(sync.texts.get(key)).toBe(CAIRO);
  });

  it('a refresh supersedes reads in flight', async () => {
    const { workspace, sync, indexAll } = setup();
    const key = workspace.write('news/tehran.txt', TEHRAN);
    workspace.hold(key);
    const first = indexAll();
    await new Promise((resolve) => setImmediate(resolve));
    sync.reset();
    workspace.release(key);
    await first;
    expect(sync.staleDropped).toBe(1);
    expect(sync.texts.size).toBe(0);
  });
});

describe('file-event storms', () => {
  it('past the queue limit the whole workspace is indexed again once', () => {
    const { events, refreshes } = setup();
    for (let i = 0; i <= 5000; i++) events.enqueue(`${FOLDER}/flood/${i}.txt`, 'sync');
    events.enqueue(`${FOLDER}/flood/extra.txt`, 'sync');
    expect(refreshes()).toBe(1);
  });
});

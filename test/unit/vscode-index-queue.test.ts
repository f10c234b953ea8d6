// The article index's work bookkeeping (indexQueue.ts): a storm of file events is bounded and
// coalesced per file, and a late result (a disk read) never overwrites something newer.
import { describe, expect, it } from 'vitest';
import { CoalescingQueue, VersionGate } from '../../src/vscode/workspace/indexQueue';

describe('CoalescingQueue', () => {
  it('keeps one entry per file however many events it gets', () => {
    const q = new CoalescingQueue<string, string>(1000);
    for (let round = 0; round < 50; round++) for (let f = 0; f < 300; f++) expect(q.push(`file${f}`, 'sync')).toBe(true);
    expect(q.size).toBe(300);
    expect(q.highWater).toBe(300);
  });

  it('keeps the latest event of a file and moves it to the end', () => {
    const q = new CoalescingQueue<string, string>(10);
    q.push('a', 'sync');
    q.push('folder', 'delete');
    q.push('a', 'sync'); // re-created after the folder was deleted: must come after the delete
    q.push('b', 'sync');
    q.push('b', 'delete');
    expect(q.take(10)).toEqual([['folder', 'delete'], ['a', 'sync'], ['b', 'delete']]);
    expect(q.size).toBe(0);
  });

  it('hands out work in rounds, oldest first', () => {
    const q = new CoalescingQueue<number, string>(100);
    for (let i = 0; i < 20; i++) q.push(i, 'sync');
    expect(q.take(8).map(([k]) => k)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
    expect(q.size).toBe(12);
    expect(q.take(100)).toHaveLength(12);
  });

  it('never grows past its bound: it empties and says so, and works again afterwards', () => {
    const q = new CoalescingQueue<number, string>(100);
    let refused = 0;
    for (let i = 0; i < 1000; i++) if (!q.push(i, 'sync')) refused++;
    expect(q.size).toBeLessThanOrEqual(100);
    expect(q.highWater).toBe(100);
    expect(refused).toBeGreaterThan(0);
    expect(q.overflows).toBe(refused);
    q.clear();
    expect(q.push(1, 'sync')).toBe(true);
    expect(q.size).toBe(1);
  });

  // Its speed is a figure of `node scripts/bench.mjs --guards`; here, that a storm is one entry per file.
  it('holds one entry per file through a storm of events, drained in few batches', () => {
    const q = new CoalescingQueue<string, string>(5000);
    for (let i = 0; i < 100_000; i++) q.push(`file:///ws/f${i % 2000}.txt`, i % 7 === 0 ? 'delete' : 'sync');
    expect(q.size).toBe(2000);
    expect(q.highWater).toBe(2000);
    expect(q.overflows).toBe(0);
    let batches = 0;
    const last = new Map<string, string>();
    while (q.size) {
      for (const [k, v] of q.take(64)) last.set(k, v);
      batches++;
    }
    expect(batches).toBe(Math.ceil(2000 / 64));
    // The latest event of each file wins: f0 last saw i = 98000 (a multiple of 7: delete).
    expect(last.get('file:///ws/f0.txt')).toBe('delete');
    expect(last.get('file:///ws/f1.txt')).toBe('sync');
  });
});

describe('VersionGate', () => {
  it('lets a read win when nothing happened meanwhile', () => {
    const g = new VersionGate();
    const t = g.begin('a');
    expect(g.end('a', t)).toBe(true);
  });

  it('drops a read that an edit, a delete or a newer read overtook', () => {
    const g = new VersionGate();
    const t1 = g.begin('a');
    g.bump('a'); // an edit typed while the disk was being read
    expect(g.end('a', t1)).toBe(false);

    const t2 = g.begin('b');
    const t3 = g.begin('b'); // a newer read of the same file
    expect(g.end('b', t2)).toBe(false);
    expect(g.end('b', t3)).toBe(true);

    const t4 = g.begin('c');
    const t5 = g.begin('c');
    expect(g.end('c', t5)).toBe(true); // the newer read finished first
    expect(g.end('c', t4)).toBe(false); // the older one must not overwrite it
  });

  it('drops reads under a deleted or renamed folder', () => {
    const g = new VersionGate();
    const inside = g.begin('file:///ws/news/a.txt');
    const beside = g.begin('file:///ws/news2/a.txt');
    g.bumpTree('file:///ws/news');
    expect(g.end('file:///ws/news/a.txt', inside)).toBe(false);
    expect(g.end('file:///ws/news2/a.txt', beside)).toBe(true);
  });

  it('drops everything in flight on a full refresh', () => {
    const g = new VersionGate();
    const a = g.begin('a');
    const b = g.begin('b');
    g.bumpAll();
    expect(g.end('a', a)).toBe(false);
    expect(g.end('b', b)).toBe(false);
  });

  it('remembers only files with work in flight', () => {
    const g = new VersionGate();
    for (let i = 0; i < 10_000; i++) {
      const t = g.begin(`f${i}`);
      g.bump(`f${i}`);
      g.end(`f${i}`, t);
      g.bump(`gone${i}`); // events on files with nothing in flight leave no trace
    }
    expect(g.size).toBe(0);
  });
});

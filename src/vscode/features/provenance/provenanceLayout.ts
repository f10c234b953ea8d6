/**
 * Where the provenance picture puts things. Arabic reads right to left, so the
 * picture does too: each independent origin has a band of its own with its box
 * at the right; versions stand in columns by publication date, the earliest
 * nearest the origins (right), later ones further left (versions of one date
 * share a column across bands, so a narrow panel shows more); each version
 * hangs from its origin's box by an edge. Pure module (unit-tested).
 */
import type { ProvenanceModel } from './provenanceModel';

export const NODE_W = 172;
export const NODE_H = 78;
const SLOT = 184;
export const ORIGIN_W = 190;
export const ORIGIN_H = 58;
const PAD = 16;
const GAP = 28;
/** Room at the top for the date axis. */
const AXIS_H = 44;
/** Space in a band above its versions, where the edges run. */
const BUS = 48;
const BAND_H = BUS + NODE_H + 14;
const BAND_GAP = 16;

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface ProvenanceLayout {
  width: number;
  height: number;
  bands: Box[];
  origins: Box[];
  versions: Box[];
  /** An SVG path per version, from its origin's box down to the version's top. */
  edges: string[];
  /** Date labels over the columns where the date changes (x is the column's centre). */
  axis: Array<{ x: number; date: string | null }>;
  /** The time arrow: from the earliest column (right) to the latest (left). */
  arrow: { x1: number; x2: number; y: number };
}

/** Column of each version: one run of columns per date, as many as the band with most versions of that date needs. */
function columnsByDate(m: ProvenanceModel): { column: number[]; columns: number; firsts: Array<{ column: number; date: string | null }> } {
  const column: number[] = [];
  const firsts: Array<{ column: number; date: string | null }> = [];
  let next = 0;
  for (let k = 0; k < m.versions.length; ) {
    const date = m.versions[k].date;
    const perBand = new Map<number, number>();
    firsts.push({ column: next, date });
    for (; k < m.versions.length && m.versions[k].date === date; k++) {
      const v = m.versions[k];
      const rank = perBand.get(v.origin) ?? 0;
      column[v.index] = next + rank;
      perBand.set(v.origin, rank + 1);
    }
    next += Math.max(...perBand.values());
  }
  return { column, columns: next, firsts };
}

export function layoutProvenance(m: ProvenanceModel): ProvenanceLayout {
  const byDate = columnsByDate(m);
  const columns = Math.max(1, byDate.columns);
  const width = PAD + columns * SLOT + GAP + ORIGIN_W + PAD;
  const originX = width - PAD - ORIGIN_W;
  const columnX = (k: number): number => originX - GAP - (k + 1) * SLOT + (SLOT - NODE_W) / 2;
  const bandTop = (b: number): number => AXIS_H + b * (BAND_H + BAND_GAP);
  const bands = m.origins.map((_, b) => ({ x: PAD / 2, y: bandTop(b), w: width - PAD, h: BAND_H }));
  const origins = m.origins.map((_, b) => ({ x: originX, y: bandTop(b) + 8, w: ORIGIN_W, h: ORIGIN_H }));
  const versions: Box[] = [];
  const edges: string[] = [];
  for (const v of m.versions) {
    const top = bandTop(v.origin);
    const box = { x: columnX(byDate.column[v.index]), y: top + BUS, w: NODE_W, h: NODE_H };
    versions.push(box);
    const o = origins[v.origin];
    const busY = o.y + o.h / 2;
    const cx = box.x + box.w / 2;
    edges.push(`M ${o.x} ${busY} H ${cx} V ${box.y - 2}`);
  }
  const axis = byDate.firsts.map((f) => ({ x: columnX(f.column) + NODE_W / 2, date: f.date }));
  const height = bandTop(m.origins.length) + PAD;
  return { width, height, bands, origins, versions, edges, axis, arrow: { x1: originX - GAP / 2, x2: PAD, y: AXIS_H - 12 } };
}

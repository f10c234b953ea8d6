// Reference copy of the engine before the performance work (see README.md): kept to check that
// the optimised code gives the same results, and to measure the speed-up. Do not optimise.
import type { Located, Position } from '../../src/core/types';

/** Offsets <-> line/character for one text. Lines end at \n, \r\n or \r. */
export class LineIndex {
  /** Offset where each line starts. */
  readonly starts: number[];

  constructor(readonly text: string) {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.starts = starts;
  }

  get lineCount(): number {
    return this.starts.length;
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const line = this.lineOf(offset);
    return { line, character: offset - this.starts[line] };
  }

  offset(pos: Position): number {
    const line = Math.max(0, Math.min(pos.line, this.starts.length - 1));
    return Math.min(this.lineEnd(line), this.starts[line] + Math.max(0, pos.character));
  }

  /** Offset of the end of `line`'s content (before its line break). */
  lineEnd(line: number): number {
    if (line + 1 < this.starts.length) {
      let e = this.starts[line + 1] - 1;
      if (this.text.charCodeAt(e) === 10 && this.text.charCodeAt(e - 1) === 13) e--;
      return e;
    }
    return this.text.length;
  }

  lineText(line: number): string {
    return this.text.slice(this.starts[line], this.lineEnd(line));
  }

  locate(start: number, end: number): Located {
    const s = this.position(start);
    const e = this.position(end);
    return { start, end, line: s.line, character: s.character, endLine: e.line, endCharacter: e.character };
  }
}

/**
 * One string for each distinct value of a kind of short text that an archive
 * repeats by the hundred thousand (how a name is written in mentions): a
 * corpus keeps one copy, not one per mention. Bounded: past the limit the
 * table starts again (strings already handed out stay valid).
 */
export class Interner {
  private table = new Map<string, string>();

  constructor(private readonly limit = 200_000) {}

  get(s: string): string {
    const known = this.table.get(s);
    if (known !== undefined) return known;
    if (this.table.size >= this.limit) this.table = new Map();
    this.table.set(s, s);
    return s;
  }
}

/**
 * Text that names someone new in every sentence («وزير الخارجية» and two
 * made-up words), for measuring how analysis grows with such text (bench
 * guards, the known-bugs test). Each writer has its own deterministic
 * sequence, so each text it writes holds names the ones before did not.
 */
export function newNamesWriter(): (chars: number) => string {
  const letters = 'بتثجحخدذرزسشصضطظعغفقكمنهي';
  let seed = 1;
  const rnd = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const word = (n: number): string => Array.from({ length: n }, () => letters[Math.floor(rnd() * letters.length)]).join('');
  return (chars) => {
    let s = '';
    while (s.length < chars) s += `وزير الخارجية ${word(5)} ${word(6)} `;
    return s;
  };
}

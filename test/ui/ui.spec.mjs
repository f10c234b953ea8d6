// UI test of the packaged extension, driven like a person would, in VS Code 1.100.3 (code-server)
// with headless Chromium. Run by scripts/host/run-ui-tests.mjs, which installs .host/isnad.vsix,
// opens a copy of seeds/ and calls these steps in order with a shared context:
//   ctx = { page, ws, seedFiles, shot(name), log(msg) }
// A step fails by throwing; later steps still run (and may fail for the same reason).
// DOM facts used here: /work/shared/notes/real-vscode-host.md ("Driving the UI").

export const ARTICLE = '001_69304f80c3eb9147.txt';
export const HOVER_WORD = 'ترامب';

const EDITOR = '.part.editor .editor-group-container.active .monaco-editor';
// Extension decorations drawn in the overlay layer (background, border, outline).
const DECORATION = `${EDITOR} .view-overlays div.cdr[class*="TextEditorDecorationType"]`;
const HOVER = '.monaco-hover:not(.hidden) .monaco-hover-content';

const BIDI_CONTROLS = /[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

async function waitFor(fn, { timeout = 15_000, interval = 250, what = 'condition' } = {}) {
  const end = Date.now() + timeout;
  let last;
  for (;;) {
    try {
      last = await fn();
      if (last) return last;
    } catch (e) { last = e; }
    if (Date.now() > end) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${last instanceof Error ? `: ${last.message}` : ''}`);
    }
    await new Promise((r) => setTimeout(r, interval));
  }
}

/**
 * In the page: every rendered line of the active editor with the on-screen box of each
 * whitespace-separated word (a Range over the text nodes of the line's spans), plus the boxes of
 * the extension's decorations on it.
 */
function measureLines(sel) {
  const editor = document.querySelector(sel.editor);
  if (!editor) return null;
  const letter = new RegExp(sel.letter);
  const box = (rects) => {
    const rs = [...rects].filter((r) => r.width > 0 && r.height > 0);
    if (!rs.length) return null;
    return {
      left: Math.min(...rs.map((r) => r.left)), right: Math.max(...rs.map((r) => r.right)),
      top: Math.min(...rs.map((r) => r.top)), bottom: Math.max(...rs.map((r) => r.bottom)),
    };
  };
  const decos = [...document.querySelectorAll(sel.decoration)]
    .map((d) => box([d.getBoundingClientRect()])).filter(Boolean);
  const lines = [];
  for (const lineEl of editor.querySelectorAll('.view-lines .view-line')) {
    const lb = lineEl.getBoundingClientRect();
    const walker = document.createTreeWalker(lineEl, NodeFilter.SHOW_TEXT);
    const nodes = [];
    let text = '';
    while (walker.nextNode()) {
      const n = walker.currentNode;
      nodes.push({ n, start: text.length, end: text.length + n.data.length });
      text += n.data;
    }
    const at = (off, isEnd) => {
      for (const x of nodes) {
        if (isEnd ? off > x.start && off <= x.end : off >= x.start && off < x.end) return [x.n, off - x.start];
      }
      return null;
    };
    const words = [];
    for (const m of text.matchAll(/\S+/g)) {
      // Measure from the first to the last letter: neutral punctuation at the edges of a word (a
      // final full stop, quotes) is placed by the line's bidi rules, not with the word.
      let from = 0;
      let to = m[0].length;
      if (letter.test(m[0])) {
        while (!letter.test(m[0][from])) from++;
        while (!letter.test(m[0][to - 1])) to--;
      }
      const s = at(m.index + from, false);
      const e = at(m.index + to, true);
      if (!s || !e) continue;
      const r = document.createRange();
      r.setStart(s[0], s[1]);
      r.setEnd(e[0], e[1]);
      const b = box(r.getClientRects());
      if (b) words.push({ text: m[0], core: m[0].slice(from, to), ...b });
    }
    const fontSize = parseFloat(getComputedStyle(lineEl).fontSize) || 14;
    const mid = (lb.top + lb.bottom) / 2;
    const lineDecos = decos.filter((d) => d.top <= mid && d.bottom >= mid);
    lines.push({ text, top: lb.top, bottom: lb.bottom, words, decorations: lineDecos, fontSize });
  }
  lines.sort((a, b) => a.top - b.top);
  return { lines, decorations: decos.length };
}

const LETTER_SOURCE = '[\\u0621-\\u065f\\u0670\\u0671-\\u06d3\\u06fa-\\u06ff\\u0750-\\u077f\\ufb50-\\ufdff\\ufe70-\\ufefc]';
const ARABIC_LETTER = new RegExp(LETTER_SOURCE);
const STRONG_LTR_OR_NUMBER = /[A-Za-z0-9\u0660-\u0669\u06f0-\u06f9\u00c0-\u024f]/;
const isArabicWord = (w) => ARABIC_LETTER.test(w) && !STRONG_LTR_OR_NUMBER.test(w);

/** Order problems on one rendered line: logically earlier Arabic words must lie to the right. */
export function readingOrderViolations(line, tolerance = 1) {
  const bad = [];
  for (let i = 0; i + 1 < line.words.length; i++) {
    const a = line.words[i];
    const b = line.words[i + 1];
    // Only neighbours in one Arabic run: Latin/digit runs inside Arabic are misplaced by VS Code
    // itself (see /work/shared/notes/arabic-rtl-in-vscode.md), with or without the extension.
    if (!isArabicWord(a.text) || !isArabicWord(b.text)) continue;
    if (!(a.left >= b.right - tolerance)) {
      bad.push(`«${a.core}» (x ${Math.round(a.left)}..${Math.round(a.right)}) should be right of «${b.core}» (x ${Math.round(b.left)}..${Math.round(b.right)})`);
    }
  }
  return bad;
}

async function measure(page) {
  const m = await page.evaluate(measureLines, { editor: EDITOR, decoration: DECORATION, letter: LETTER_SOURCE });
  if (!m) throw new Error('no active editor');
  return m;
}

async function hoverText(page) {
  const h = page.locator(HOVER).first();
  if (!(await h.isVisible().catch(() => false))) return '';
  return (await h.innerText()).replace(BIDI_CONTROLS, '');
}

/** The Isnad view container's pane that shows "Recurring claims" (expanded), as a locator. */
async function claimsPane(page) {
  const panes = page.locator('.sidebar .split-view-view .pane');
  const n = await panes.count();
  let pane = null;
  for (let i = 0; i < n; i++) {
    const p = panes.nth(i);
    const title = `${await p.locator('.pane-header').getAttribute('aria-label').catch(() => '')} ${
      await p.locator('.pane-header').textContent().catch(() => '')}`;
    if (/recurring claims/i.test(title)) { pane = p; break; }
  }
  if (!pane) {
    // A container with a single view merges the view title into the container title.
    const compositeTitle = await page.locator('.sidebar .composite.title').textContent().catch(() => '');
    if (n === 1 && /recurring claims/i.test(compositeTitle || '')) pane = panes.first();
  }
  if (!pane) {
    const titles = await page.locator('.sidebar .pane-header, .sidebar .composite.title').allTextContents().catch(() => []);
    throw new Error(`no "Recurring claims" view in the sidebar (titles: ${titles.map((t) => t.trim()).join(' | ') || 'none'})`);
  }
  const header = pane.locator('.pane-header');
  if ((await header.getAttribute('aria-expanded').catch(() => null)) === 'false') await header.click();
  return pane;
}

export const steps = [
  {
    name: `open ${ARTICLE} from the explorer`,
    async run({ page }) {
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).first();
      await row.waitFor({ timeout: 30_000 });
      await row.click();
      await page.locator('.part.editor .tab.active', { hasText: ARTICLE }).waitFor({ timeout: 15_000 });
      await waitFor(async () => (await measure(page)).lines.some((l) => ARABIC_LETTER.test(l.text)),
        { what: 'Arabic text in the editor' });
    },
  },
  {
    name: 'actors are highlighted in the editor',
    async run({ page, shot, log }) {
      const count = await waitFor(async () => page.locator(DECORATION).count(),
        { timeout: 20_000, what: `decorations (${DECORATION})` });
      await page.waitForTimeout(300);
      await shot('01-highlights.png');
      log(`${count} highlight box(es) on screen`);
    },
  },
  {
    name: 'Arabic reading order is kept on highlighted lines',
    async run({ page, log }) {
      // Measure every highlighted row of the article, a page at a time (PageDown in the editor).
      const byText = new Map();
      await page.locator(`${EDITOR} .view-lines`).first().click({ position: { x: 5, y: 5 } });
      await page.keyboard.press('Control+Home');
      let previous = '';
      for (let screen = 0; screen < 40; screen++) {
        await page.waitForTimeout(200);
        const { lines } = await measure(page);
        for (const l of lines) if (l.decorations.length && !byText.has(l.text)) byText.set(l.text, l);
        const key = lines.map((l) => l.text).join('\n');
        if (key === previous) break;
        previous = key;
        await page.keyboard.press('PageDown');
      }
      await page.keyboard.press('Control+Home');
      await page.waitForTimeout(200);
      const highlighted = [...byText.values()];
      if (!highlighted.length) throw new Error('no highlighted line on screen');
      const problems = [];
      let pairs = 0;
      let slivers = 0;
      for (const l of highlighted) {
        const arabic = l.words.filter((w) => isArabicWord(w.text)).length;
        pairs += Math.max(0, arabic - 1);
        for (const v of readingOrderViolations(l)) problems.push(`line «${l.text.slice(0, 40)}…»: ${v}`);
        // Each highlight box must sit on a word of its line (not drawn over the wrong place). A
        // sliver about one space wide is the whitespace at a wrap point of a multi-word highlight,
        // which VS Code draws at the row's right end: noted, not failed.
        for (const d of l.decorations) {
          const on = l.words.some((w) => Math.min(w.right, d.right) - Math.max(w.left, d.left)
            >= 0.5 * Math.min(w.right - w.left, d.right - d.left));
          if (on) continue;
          if (d.right - d.left <= 0.8 * l.fontSize) slivers++;
          else problems.push(`line «${l.text.slice(0, 40)}…»: a highlight at x ${Math.round(d.left)}..${Math.round(d.right)} covers no word`);
        }
      }
      if (pairs === 0) throw new Error('highlighted lines have no pair of neighbouring Arabic words to compare');
      if (problems.length) {
        throw new Error(`${problems.length} reading-order problem(s):\n  ${problems.slice(0, 8).join('\n  ')}`);
      }
      log(`${highlighted.length} highlighted line(s), ${pairs} word pairs in right-to-left order${
        slivers ? `; note: ${slivers} highlight sliver(s) over whitespace at a wrap point` : ''}`);
    },
  },
  {
    name: `hovering «${HOVER_WORD}» lists the other seed articles`,
    async run({ page, seedFiles, shot, log }) {
      const others = seedFiles.filter((f) => f.name !== ARTICLE && f.text.includes(HOVER_WORD));
      if (!others.length) throw new Error(`no other seed mentions ${HOVER_WORD}`);
      const { lines } = await measure(page);
      const word = lines.flatMap((l) => l.words)
        .find((w) => w.text.replace(/[^\u0600-\u06ff]/g, '') === HOVER_WORD);
      if (!word) throw new Error(`«${HOVER_WORD}» is not on screen`);
      const x = (word.left + word.right) / 2;
      const y = (word.top + word.bottom) / 2;
      let text = '';
      for (let attempt = 0; attempt < 4 && !text; attempt++) {
        await page.mouse.move(x - 30, y - 40);
        await page.mouse.move(x, y);
        await page.waitForTimeout(100);
        await page.mouse.move(x + 1, y); // a 1 px move triggers the hover
        text = await waitFor(() => hoverText(page), { timeout: 4_000, what: 'a hover' }).catch(() => '');
      }
      if (!text) throw new Error(`no hover appeared over «${HOVER_WORD}»`);
      // Providers may answer in turn: give the hover a moment to settle.
      const stems = others.map((f) => f.name.replace(/\.txt$/, ''));
      text = await waitFor(async () => {
        const t = await hoverText(page);
        return stems.every((s) => t.includes(s)) ? t : null;
      }, { timeout: 5_000, what: 'all names' }).catch(async () => hoverText(page));
      await shot('02-hover.png');
      const missing = stems.filter((s) => !text.includes(s));
      await page.mouse.move(5, 5);
      await page.keyboard.press('Escape');
      if (missing.length) {
        throw new Error(`hover does not name ${missing.join(', ')}; it says: ${JSON.stringify(text.slice(0, 300))}`);
      }
      log(`hover names ${stems.length} other article(s)`);
    },
  },
  {
    name: 'the Isnad view lists recurring claims',
    async run({ page }) {
      const icon = page.locator('.activitybar .action-label[aria-label^="Isnad"]').first();
      await icon.waitFor({ timeout: 10_000 }).catch(() => {
        throw new Error('no "Isnad" container in the activity bar');
      });
      // Click the whole activity item: a badge (e.g. a count) lies over the icon.
      const item = icon.locator('xpath=ancestor::li[1]');
      const open = /\bchecked\b/.test(await item.getAttribute('class') || '');
      if (!open) await item.click();
      const pane = await waitFor(() => claimsPane(page), { timeout: 10_000, what: 'the Recurring claims view' });
      await waitFor(async () => pane.locator('.monaco-list-row[aria-level="1"]').count(),
        { timeout: 20_000, what: 'claims in the Recurring claims view' });
    },
  },
  {
    name: 'a claim expands to the articles that carry it',
    async run({ page, shot, log }) {
      const pane = await claimsPane(page);
      const first = pane.locator('.monaco-list-row[aria-level="1"]').first();
      await first.waitFor({ timeout: 10_000 });
      const label = await first.getAttribute('aria-label');
      if ((await first.getAttribute('aria-expanded')) !== 'true') await first.click();
      await waitFor(async () => (await first.getAttribute('aria-expanded')) === 'true',
        { timeout: 10_000, what: `claim «${label}» to expand` });
      const children = await waitFor(async () => pane.locator('.monaco-list-row[aria-level="2"]').count(),
        { timeout: 10_000, what: 'article rows under the first claim' });
      await page.waitForTimeout(300);
      await shot('03-claims-tree.png');
      log(`first claim «${(label || '').replace(BIDI_CONTROLS, '').slice(0, 60)}»: ${children} row(s)`);
    },
  },
  {
    name: "clicking a claim's article opens it with the claim selected",
    async run({ page, seedFiles, shot, log }) {
      const pane = await claimsPane(page);
      const row = pane.locator('.monaco-list-row[aria-level="2"]').first();
      await row.waitFor({ timeout: 10_000 });
      const label = (await row.getAttribute('aria-label') || '').replace(BIDI_CONTROLS, '');
      await row.click();
      const names = seedFiles.map((f) => f.name);
      const tab = await waitFor(async () => {
        const t = (await page.locator('.part.editor .editor-group-container.active .tab.active').textContent() || '').trim();
        return names.find((n) => t.includes(n)) || null;
      }, { timeout: 10_000, what: 'a seed article in the active editor' });
      const sel = `${EDITOR} .view-overlays .selected-text`;
      await waitFor(async () => page.locator(sel).count(), { timeout: 10_000, what: 'a selection in the opened editor' });
      await page.waitForTimeout(300);
      await shot('04-claim-opened.png');
      log(`row «${label.slice(0, 60)}» opened ${tab} with a selection`);
    },
  },
];

// ---- The chain of a claim (provenance webview) ----

/** The provenance panel's page: VS Code puts a webview in an iframe holding another («active-frame»). */
function provenanceFrame(page) {
  return page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
}

/** What the panel draws, read from its DOM. */
async function readProvenance(page) {
  const frame = provenanceFrame(page);
  await frame.locator('svg.chain').waitFor({ timeout: 15_000 });
  return frame.locator('body').evaluate((body) => {
    const strip = (s) => (s || '').replace(/[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g, '');
    const doc = body.ownerDocument;
    const scripts = [...doc.querySelectorAll('script')];
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') || '';
    return {
      versions: [...doc.querySelectorAll('svg.chain g.version')].map((g) => strip(g.getAttribute('aria-label'))),
      origins: [...doc.querySelectorAll('svg.chain g.origin')].map((g) => strip(g.getAttribute('aria-label'))),
      rows: doc.querySelectorAll('ol.versions button.row').length,
      scripts: scripts.map((s) => ({ nonce: s.nonce || s.getAttribute('nonce') || '', src: s.getAttribute('src'), host: /acquireVsCodeApi\s*=/.test(s.textContent || '') })),
      csp,
      remote: [...doc.querySelectorAll('[src],[href]')].map((e) => e.getAttribute('src') || e.getAttribute('href')),
      dir: doc.querySelector('main')?.getAttribute('dir'),
      title: strip(doc.querySelector('h1')?.textContent),
    };
  });
}

function checkProvenance(p, seedNames) {
  const problems = [];
  if (p.origins.length < 1) problems.push('no origin drawn');
  if (p.versions.length < 2) problems.push(`only ${p.versions.length} version(s) drawn`);
  if (p.rows !== p.versions.length) problems.push(`${p.rows} list rows for ${p.versions.length} drawn versions`);
  for (const v of p.versions) if (!seedNames.some((n) => v.includes(n))) problems.push(`version «${v.slice(0, 60)}» names no seed article`);
  // No script but its own: one inline script with the nonce the policy allows, besides the one VS Code
  // itself puts in every webview (it defines acquireVsCodeApi); nothing remote.
  const own = p.scripts.filter((s) => !s.host);
  if (own.length !== 1 || own[0].src || !own[0].nonce || p.scripts.some((s) => s.src)) problems.push(`scripts: ${JSON.stringify(p.scripts)}`);
  if (p.scripts.filter((s) => s.host).length > 1) problems.push(`more than one host script: ${JSON.stringify(p.scripts)}`);
  if (!/default-src 'none'/.test(p.csp) || !p.csp.includes(`script-src 'nonce-${own[0]?.nonce}'`)) problems.push(`policy: ${p.csp}`);
  if (/unsafe-|https?:/.test(p.csp)) problems.push(`policy too wide: ${p.csp}`);
  if (p.remote.length) problems.push(`loads ${p.remote.join(', ')}`);
  if (p.dir !== 'rtl') problems.push(`page direction ${p.dir}`);
  if (problems.length) throw new Error(problems.join('\n'));
}

/** Runs a command by its title from the command palette. */
async function runCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input:visible').first();
  await input.waitFor({ timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
}

/** The workbench's theme kind, from its root element's classes. */
const THEME_CLASS = { 'Light Modern': 'vs', 'Dark High Contrast': 'hc-black', 'Dark Modern': 'vs-dark' };

async function setTheme(page, theme) {
  for (let attempt = 0; attempt < 3; attempt++) {
    await pickTheme(page, theme);
    const ok = await waitFor(async () => {
      const cls = ` ${await page.locator('.monaco-workbench').first().getAttribute('class')} `;
      return cls.includes(` ${THEME_CLASS[theme]} `);
    }, { timeout: 5_000, what: `the ${theme} theme` }).catch(() => false);
    if (ok) return;
  }
  throw new Error(`the theme did not change to ${theme}`);
}

async function pickTheme(page, theme) {
  // Ctrl+K Ctrl+T opens the theme picker with its input focused (the editor has the focus here).
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+K');
  await page.keyboard.press('Control+T');
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').first().waitFor({ timeout: 10_000 });
  await page.keyboard.type(theme);
  // The theme is in the list before the filter applies: wait until the focused row is it.
  await page.locator('.quick-input-list .monaco-list-row.focused', { hasText: theme }).first().waitFor({ timeout: 10_000 });
  await page.keyboard.press('Enter');
  await page.waitForTimeout(800);
}

export const PROVENANCE_WORD = 'قصارى';

steps.push(
  {
    name: 'the chain of a claim opens from a claim hover («Show the chain»)',
    async run({ page, seedFiles, log }) {
      const row = page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).first();
      if (await row.isVisible().catch(() => false)) await row.click();
      else await runCommand(page, 'View: Show Explorer').then(() => page.locator('.explorer-folders-view .monaco-list-row', { hasText: ARTICLE }).first().click());
      await page.locator('.part.editor .tab.active', { hasText: ARTICLE }).waitFor({ timeout: 15_000 });
      const word = await waitFor(async () => (await measure(page)).lines.flatMap((l) => l.words)
        .find((w) => w.text.replace(/[^\u0600-\u06ff]/g, '') === PROVENANCE_WORD), { what: `«${PROVENANCE_WORD}» on screen` });
      const x = (word.left + word.right) / 2;
      const y = (word.top + word.bottom) / 2;
      let text = '';
      for (let attempt = 0; attempt < 4 && !/Show the chain/.test(text); attempt++) {
        await page.mouse.move(x - 30, y - 40);
        await page.mouse.move(x, y);
        await page.waitForTimeout(100);
        await page.mouse.move(x + 1, y);
        text = await waitFor(async () => { const t = await hoverText(page); return /Show the chain/.test(t) ? t : null; },
          { timeout: 5_000, what: 'a claim hover with «Show the chain»' }).catch(() => '');
      }
      if (!/Show the chain/.test(text)) throw new Error(`no «Show the chain» link in the hover over «${PROVENANCE_WORD}»: ${JSON.stringify(text.slice(0, 200))}`);
      await page.locator(`${HOVER} a`, { hasText: 'Show the chain' }).first().click();
      const p = await readProvenance(page);
      checkProvenance(p, seedFiles.map((f) => f.name));
      if (!p.versions.some((v) => v.includes(ARTICLE))) throw new Error(`the chain has no version from ${ARTICLE}: ${p.versions.join(' | ')}`);
      log(`from the hover: ${p.origins.length} origin(s), ${p.versions.length} version(s); «${p.title.slice(0, 50)}»`);
    },
  },
  {
    name: 'the chain of a claim opens from the Recurring claims view (inline action)',
    async run({ page, seedFiles, shot, log }) {
      // Screenshot 05 is the dark one: the workbench's default theme here is light.
      await setTheme(page, 'Dark Modern');
      await page.keyboard.press('Escape');
      const item = page.locator('.activitybar .action-label[aria-label^="Isnad"]').first().locator('xpath=ancestor::li[1]');
      if (!/\bchecked\b/.test(await item.getAttribute('class') || '')) await item.click();
      const pane = await waitFor(() => claimsPane(page), { timeout: 10_000, what: 'the Recurring claims view' });
      const first = pane.locator('.monaco-list-row[aria-level="1"]').first();
      await first.waitFor({ timeout: 10_000 });
      await first.hover();
      const action = first.locator('.action-label[aria-label^="Show the Chain"]');
      await action.waitFor({ timeout: 5_000 });
      await action.click();
      const p = await readProvenance(page);
      checkProvenance(p, seedFiles.map((f) => f.name));
      await page.waitForTimeout(500);
      await shot('05-provenance-dark.png');
      log(`from the tree: ${p.origins.join(' | ').slice(0, 80)}; ${p.versions.length} version(s)`);
    },
  },
  {
    name: 'a click on a version opens the article at the sentence; Enter does too',
    async run({ page, seedFiles, log }) {
      const frame = provenanceFrame(page);
      const versions = frame.locator('svg.chain g.version');
      const names = seedFiles.map((f) => f.name);
      const open = async (k, how) => {
        const label = ((await versions.nth(k).getAttribute('aria-label')) || '').replace(BIDI_CONTROLS, '');
        const file = names.find((n) => label.includes(n));
        if (how === 'click') await versions.nth(k).click();
        else { await versions.nth(k).focus(); await page.keyboard.press('Enter'); }
        await waitFor(async () => {
          const tabs = await page.locator('.part.editor .editor-group-container .tab.active').allTextContents();
          return tabs.some((t) => t.includes(file));
        }, { timeout: 10_000, what: `${file} in an editor` });
        await waitFor(async () => page.locator('.part.editor .monaco-editor .view-overlays .selected-text').count(),
          { timeout: 10_000, what: 'the sentence selected' });
        return file;
      };
      const a = await open(0, 'click');
      const n = await versions.count();
      const b = n > 1 ? await open(n - 1, 'Enter') : a;
      log(`click opened ${a}; Enter opened ${b}`);
    },
  },
  {
    name: 'the chain reads in a light and a high-contrast theme',
    async run({ page, shot, log }) {
      await setTheme(page, 'Light Modern');
      await readProvenance(page);
      await page.waitForTimeout(500);
      await shot('06-provenance-light.png');
      await setTheme(page, 'Dark High Contrast');
      await shot('07-provenance-high-contrast.png');
      await setTheme(page, 'Dark Modern');
      log('screenshots 05 (dark), 06 (light), 07 (high contrast)');
    },
  },
);

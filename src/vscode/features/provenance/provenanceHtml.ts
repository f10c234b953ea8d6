/**
 * The provenance webview's page: the claim's chain as SVG, and the same
 * versions as a list (for screen readers and for reading the whole sentences).
 * Pure module: no vscode import (unit-tested).
 *
 * Safety and reading order:
 * - a strict content security policy: nothing remote, no inline handler, only
 *   the page's own script and style, both carrying the nonce;
 * - every text from the articles or the registry is escaped for HTML/XML and
 *   wrapped in Unicode isolates (bidi.ts): Arabic phrases FSI..PDI with their
 *   Latin runs LRI..PDI, file names and dates LRI..PDI, so a stray RLO in an
 *   article reorders nothing and a file name never splits an Arabic line;
 * - colours are the theme's (`var(--vscode-…)`), so light, dark and high
 *   contrast themes all apply; shapes (dashes, ⚠) carry meaning, not colour alone.
 */
import type { Translate } from '../../common/translate';
import { ltr, stripBidiControls, treeText } from '../../common/bidi';
import { excerpt } from '../../common/markdownText';
import { count as countPhrase } from '../../common/plural';
import { layoutProvenance, NODE_W, ORIGIN_W, type ProvenanceLayout } from './provenanceLayout';
import type { ProvenanceModel, ProvenanceVersion } from './provenanceModel';
import { differName, mediumName, originKindName } from '../../common/claimNames';

/** Characters a label keeps in the picture (the list below has the whole sentence). */
const LABEL_CHARS = 28;
const ORIGIN_CHARS = 26;
/**
 * How far the picture may shrink to fit a narrow panel. Below this its small
 * text (11.5 px) would drop under about 9 px; a wider picture scrolls instead
 * (the scroll starts at the origins, on the right, as the picture reads).
 */
const MIN_SCALE = 0.8;

/** Escapes text for HTML and XML (element content and quoted attributes); drops control characters. */
export function escapeHtml(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** Arabic (or mixed) text, cut, isolated and escaped. */
const phrase = (text: string, max: number): string => escapeHtml(treeText(excerpt(stripBidiControls(text).replace(/\s+/g, ' ').trim(), max).text));
/** A file name or a date: left to right, isolated and escaped. */
const latin = (text: string, max = 40): string => escapeHtml(ltr(excerpt(text, max).text));

/** The links between origin and article: the unnamed source quoted, the medium, the outlet. */
function chainLinks(v: ProvenanceVersion, t: Translate): string[] {
  const links: string[] = [];
  if (v.quoted) links.push(v.quoted);
  if (v.medium) links.push(mediumName(v.medium.kind, t) + (v.medium.label ? ` ${v.medium.label}` : ''));
  if (v.outlet) links.push(v.outlet);
  return links;
}

function versionLabel(v: ProvenanceVersion, t: Translate): string {
  const links = chainLinks(v, t);
  const parts = [v.fileLabel, v.date ?? t('undated'), ...links];
  if (v.differ.length) parts.push(t('Versions differ: {0}', v.differ.map((d) => differName(d, t)).join('، ')));
  return parts.join(' · ');
}

/** The SVG picture of the chain. */
export function provenanceSvg(m: ProvenanceModel, t: Translate, L: ProvenanceLayout = layoutProvenance(m)): string {
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" class="chain" width="${L.width}" height="${L.height}" viewBox="0 0 ${L.width} ${L.height}" role="group" aria-label="${escapeHtml(t('Chain of the claim'))}">`);
  out.push('<defs><marker id="arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path class="arrowhead" d="M 0 0 L 10 5 L 0 10 z"/></marker></defs>');
  // Time runs right to left, as the text does.
  out.push(`<line class="axis" x1="${L.arrow.x1}" y1="${L.arrow.y}" x2="${L.arrow.x2}" y2="${L.arrow.y}" marker-end="url(#arrow)"/>`);
  out.push(`<text class="muted small" direction="rtl" text-anchor="start" x="${L.arrow.x1 + ORIGIN_W}" y="${L.arrow.y + 4}">${escapeHtml(treeText(t('Origins')))}</text>`);
  for (const a of L.axis) out.push(`<text class="muted small" text-anchor="middle" x="${a.x}" y="${L.arrow.y - 8}">${a.date ? latin(a.date) : escapeHtml(treeText(t('undated')))}</text>`);
  L.bands.forEach((b) => out.push(`<rect class="band" x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="6"/>`));
  m.origins.forEach((o, k) => {
    const b = L.origins[k];
    const n = m.versions.filter((v) => v.origin === k).length;
    out.push(`<g class="origin" role="img" aria-label="${escapeHtml(`${o.label} · ${originKindName(o.kind, t)}`)}">`);
    out.push(`<title>${escapeHtml(`${o.label} · ${originKindName(o.kind, t)}`)}</title>`);
    out.push(`<rect x="${b.x}" y="${b.y}" width="${b.w}" height="${b.h}" rx="8"/>`);
    const right = b.x + b.w - 10;
    out.push(`<text class="strong" direction="rtl" text-anchor="start" x="${right}" y="${b.y + 24}">${o.kind === 'article' ? latin(o.label) : phrase(o.label, ORIGIN_CHARS)}</text>`);
    out.push(`<text class="small" direction="rtl" text-anchor="start" x="${right}" y="${b.y + 44}">${escapeHtml(treeText(`${originKindName(o.kind, t)} · ${countPhrase(n, '{0} versions')}`))}</text>`);
    out.push('</g>');
  });
  m.versions.forEach((v, k) => out.push(`<path class="edge" d="${L.edges[k]}" marker-end="url(#arrow)"/>`));
  m.versions.forEach((v, k) => {
    const b = L.versions[k];
    const right = b.x + b.w - 8;
    const cls = v.differ.length ? 'version differ' : 'version';
    out.push(`<g class="${cls}" tabindex="0" role="button" data-v="${v.index}" aria-label="${escapeHtml(versionLabel(v, t))}">`);
    out.push(`<title>${escapeHtml(excerpt(v.text, 600).text)}</title>`);
    out.push(`<rect x="${b.x}" y="${b.y}" width="${NODE_W}" height="${b.h}" rx="6"/>`);
    out.push(`<text class="strong" direction="rtl" text-anchor="start" x="${right}" y="${b.y + 18}">${latin(v.fileLabel, 30)}</text>`);
    out.push(`<text class="muted small" direction="rtl" text-anchor="start" x="${right}" y="${b.y + 35}">${v.date ? latin(v.date) : escapeHtml(treeText(t('undated')))}</text>`);
    const links = chainLinks(v, t);
    if (links.length) out.push(`<text class="small" direction="rtl" text-anchor="start" x="${right}" y="${b.y + 52}">${phrase('↤ ' + links.join(' · '), LABEL_CHARS)}</text>`);
    if (v.differ.length) out.push(`<text class="warn small" direction="rtl" text-anchor="start" x="${right}" y="${b.y + 69}">${phrase('⚠ ' + v.differ.map((d) => differName(d, t)).join('، '), LABEL_CHARS)}</text>`);
    out.push('</g>');
  });
  out.push('</svg>');
  return out.join('\n');
}

/** The whole page: it loads nothing (the picture is inline SVG), so its policy allows no source at all but its nonce. */
export function provenanceHtml(m: ProvenanceModel, opts: { nonce: string; t: Translate; lang: string }): string {
  const { nonce, t } = opts;
  const csp = [
    "default-src 'none'",
    `style-src 'nonce-${nonce}'`,
    `script-src 'nonce-${nonce}'`,
    "img-src 'none'",
    "font-src 'none'",
    "connect-src 'none'",
    "frame-src 'none'",
    "form-action 'none'",
    "base-uri 'none'",
  ].join('; ');
  const list = m.versions.map((v) => {
    const links = chainLinks(v, t);
    const origin = m.origins[v.origin];
    return `<li><button type="button" class="row${v.differ.length ? ' differ' : ''}" data-v="${v.index}">` +
      `<span class="meta"><bdi dir="ltr">${escapeHtml(stripBidiControls(v.fileLabel))}</bdi> · <bdi dir="ltr">${escapeHtml(v.date ?? '')}</bdi>${v.date ? '' : escapeHtml(t('undated'))}` +
      ` · <bdi>${escapeHtml(stripBidiControls(origin?.label ?? ''))}</bdi>${links.length ? ' ↤ ' + links.map((l) => `<bdi>${escapeHtml(stripBidiControls(l))}</bdi>`).join(' · ') : ''}` +
      `${v.differ.length ? ` · <span class="warn">⚠ ${escapeHtml(v.differ.map((d) => differName(d, t)).join('، '))}</span>` : ''}</span>` +
      `<bdi class="sentence" dir="rtl">${escapeHtml(stripBidiControls(excerpt(v.text, 600).text))}</bdi></button></li>`;
  });
  const differ = m.differ.map((d) => `<li><span class="warn">⚠ ${escapeHtml(differName(d.kind, t))}</span>: <bdi>${escapeHtml(stripBidiControls(excerpt(d.detail, 300).text))}</bdi></li>`);
  const origins = m.origins.length;
  const layout = layoutProvenance(m);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(opts.lang)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(t('Chain of the claim'))}</title>
<style nonce="${nonce}">
body { color: var(--vscode-foreground); background: var(--vscode-editor-background); font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); padding: 0 16px 24px; }
h1 { font-size: 1.15em; font-weight: 600; margin: 14px 0 4px; line-height: 1.7; }
p.counts, .legend { color: var(--vscode-descriptionForeground); margin: 4px 0 10px; }
.scroll { overflow-x: auto; border: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent)); border-radius: 6px; }
svg.chain { display: block; font-family: var(--vscode-font-family); font-size: 13px; direction: rtl; max-width: 100%; height: auto; min-width: ${Math.round(layout.width * MIN_SCALE)}px; }
svg text { fill: var(--vscode-foreground); unicode-bidi: isolate; }
svg text.small { font-size: 11.5px; }
svg text.strong { font-weight: 600; }
svg text.muted { fill: var(--vscode-descriptionForeground); }
svg text.warn, .warn { fill: var(--vscode-editorWarning-foreground); color: var(--vscode-editorWarning-foreground); }
.band { fill: var(--vscode-editorWidget-background); stroke: var(--vscode-editorWidget-border, var(--vscode-contrastBorder, transparent)); }
.origin rect { fill: var(--vscode-badge-background); stroke: var(--vscode-contrastBorder, transparent); }
.origin text { fill: var(--vscode-badge-foreground); }
.version { cursor: pointer; outline: none; }
.version rect { fill: var(--vscode-editor-background); stroke: var(--vscode-descriptionForeground); stroke-width: 1; }
.version.differ rect { stroke: var(--vscode-editorWarning-foreground); stroke-width: 2; stroke-dasharray: 6 3; }
.version:hover rect { fill: var(--vscode-list-hoverBackground); }
.version:focus rect, .version:focus-visible rect { stroke: var(--vscode-focusBorder); stroke-width: 3; stroke-dasharray: none; }
.edge, .axis { stroke: var(--vscode-descriptionForeground); stroke-width: 1.4; fill: none; }
.arrowhead { fill: var(--vscode-descriptionForeground); }
ol.versions, ul.differ { padding: 0; margin: 8px 0; list-style: none; }
ol.versions li { margin: 6px 0; }
button.row { display: block; width: 100%; text-align: start; font: inherit; color: inherit; background: transparent; border: 1px solid var(--vscode-panel-border, var(--vscode-contrastBorder, transparent)); border-radius: 4px; padding: 6px 10px; cursor: pointer; }
button.row.differ { border-style: dashed; border-color: var(--vscode-editorWarning-foreground); }
button.row:hover { background: var(--vscode-list-hoverBackground); }
button.row:focus-visible { outline: 2px solid var(--vscode-focusBorder); outline-offset: 1px; }
.meta { display: block; color: var(--vscode-descriptionForeground); font-size: 0.92em; }
.sentence { display: block; line-height: 1.8; }
h2 { font-size: 1em; margin: 18px 0 4px; }
</style>
</head>
<body>
<main dir="rtl">
<h1><bdi>${escapeHtml(stripBidiControls(excerpt(m.text, 400).text))}</bdi></h1>
<p class="counts" dir="auto">${escapeHtml(`${countPhrase(m.versions.length, '{0} versions')} · ${countPhrase(origins, '{0} independent origins')}`)}</p>
<div class="scroll">${provenanceSvg(m, t, layout)}</div>
<p class="legend" dir="auto">${escapeHtml(t('Each independent origin has a band; its versions hang from it, by publication date from right to left. Click a version (or press Enter on it) to open the article at the sentence.'))}</p>
${differ.length ? `<h2 dir="auto">${escapeHtml(t('Where the versions differ'))}</h2><ul class="differ">${differ.join('')}</ul>` : ''}
<h2 dir="auto">${escapeHtml(t('Versions'))}</h2>
<ol class="versions">${list.join('')}</ol>
</main>
<script nonce="${nonce}">
(function () {
  const vscode = acquireVsCodeApi();
  const open = (el) => vscode.postMessage({ type: 'open', version: Number(el.getAttribute('data-v')) });
  for (const el of document.querySelectorAll('[data-v]')) {
    el.addEventListener('click', () => open(el));
    el.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(el); }
    });
  }
})();
</script>
</body>
</html>`;
}

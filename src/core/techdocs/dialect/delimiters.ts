/**
 * pymdown's paired inline markup, drawn after sanitising: pymdownx.mark (`==mark==` →
 * <mark>), pymdownx.caret (`^^insert^^` → <ins>, `2^10^` → <sup>) and pymdownx.tilde
 * (`H~2~O` → <sub>; `~~strike~~` is GFM's strikethrough). The double ones may span other
 * inline markup (`==**bold** and more==`); the single ones are one word, as in pymdown
 * (a space inside is written `\ `).
 */
import { el, replaceInText, txt, type HNode } from './hast.ts';

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);

/** Where a `delim` that can open a span starts in `v`, from `from`, or -1. */
function findOpen(v: string, delim: string, from: number): number {
  for (let i = v.indexOf(delim, from); i >= 0; i = v.indexOf(delim, i + 1)) {
    const ch = delim[0];
    if (v[i - 1] !== ch && v[i + delim.length] !== ch && !isSpace(v[i + delim.length])) return i;
  }
  return -1;
}

/** Where a `delim` that can close a span starts in `v`, from `from`, or -1. */
function findClose(v: string, delim: string, from: number): number {
  for (let i = v.indexOf(delim, from); i >= 0; i = v.indexOf(delim, i + 1)) {
    const ch = delim[0];
    if (i > from - 1 && v[i + delim.length] !== ch && v[i - 1] !== ch && !isSpace(v[i - 1])) return i;
  }
  return -1;
}

/** `kids` with each `delim…delim` span (across siblings) wrapped in `tagName`. */
export function wrapSpans(kids: readonly HNode[], delim: string, tagName: string): HNode[] {
  const out = [...kids];
  const L = delim.length;
  for (let i = 0; i < out.length; i++) {
    const n = out[i] as HNode;
    if (n.type !== 'text' || !n.value) continue;
    const v = n.value;
    const open = findOpen(v, delim, 0);
    if (open < 0) continue;
    const same = findClose(v, delim, open + L + 1);
    if (same >= 0) {
      out.splice(i, 1, { ...n, value: v.slice(0, open) }, el(tagName, {}, [txt(v.slice(open + L, same))]), { ...n, value: v.slice(same + L) });
      i++;
      continue;
    }
    for (let j = i + 1; j < out.length; j++) {
      const m = out[j] as HNode;
      if (m.type !== 'text' || !m.value) continue;
      const c = findClose(m.value, delim, 0);
      if (c < 0) continue;
      const inner = [txt(v.slice(open + L)), ...out.slice(i + 1, j), txt(m.value.slice(0, c))];
      out.splice(i, j - i + 1, { ...n, value: v.slice(0, open) }, el(tagName, {}, inner), { ...m, value: m.value.slice(c + L) });
      i++;
      break;
    }
  }
  return out.filter((x) => x.type !== 'text' || x.value !== '');
}

const SUP = /(?<![\^\\])\^(?!\^)((?:\\.|[^\s^\\])+)\^(?!\^)/g;
const SUB = /(?<![~\\])~(?!~)((?:\\.|[^\s~\\])+)~(?!~)/g;
const unescape = (s: string): string => s.replace(/\\(.)/g, '$1');

/** `^sup^` and `~sub~` in `kids`' text. */
export function supSub(kids: readonly HNode[]): HNode[] {
  const sup = replaceInText(kids, SUP, (m) => [el('sup', {}, [txt(unescape(m[1] as string))])]);
  return replaceInText(sup, SUB, (m) => [el('sub', {}, [txt(unescape(m[1] as string))])]);
}

/** All of caret, mark and tilde on one list of siblings. */
export function delimiters(kids: readonly HNode[]): HNode[] {
  if (!kids.some((k) => k.type === 'text' && /[=^~]/.test(k.value ?? ''))) return kids as HNode[];
  return supSub(wrapSpans(wrapSpans(kids, '^^', 'ins'), '==', 'mark'));
}

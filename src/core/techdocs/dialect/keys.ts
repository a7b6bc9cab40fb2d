/**
 * pymdownx.keys: `++ctrl+alt+delete++` is a key combination, each key a <kbd> with its
 * usual label (`ctrl` → Ctrl, `delete` → Del, `up` → ↑), joined by `+`; a quoted key
 * (`++ctrl+"My Key"++`) is shown as written.
 */
import { el, replaceInText, txt, type HNode } from './hast.ts';

const KEY = String.raw`(?:[\w-]+|"[^"\n]*"|'[^'\n]*')`;
const KEYS = new RegExp(String.raw`\+\+(${KEY}(?:\+${KEY})*)\+\+`, 'g');

/** The labels pymdown gives named keys (the rest are capitalised). */
const LABELS: Record<string, string> = {
  ctrl: 'Ctrl', control: 'Ctrl', alt: 'Alt', shift: 'Shift', cmd: 'Cmd', command: 'Cmd', meta: 'Meta', option: 'Option', opt: 'Option',
  windows: 'Win', win: 'Win', super: 'Super', fn: 'Fn', delete: 'Del', del: 'Del', backspace: 'Backspace', enter: 'Enter', return: 'Return',
  esc: 'Esc', escape: 'Esc', tab: 'Tab', space: 'Space', insert: 'Ins', ins: 'Ins', home: 'Home', end: 'End', 'page-up': 'Page Up',
  'page-down': 'Page Down', up: '↑', down: '↓', left: '←', right: '→', 'arrow-up': '↑', 'arrow-down': '↓', 'arrow-left': '←',
  'arrow-right': '→', 'caps-lock': 'Caps Lock', 'num-lock': 'Num Lock', 'print-screen': 'Print Screen', pause: 'Pause',
};

/** The label of one key as written. */
export function keyLabel(key: string): string {
  if (/^["']/.test(key)) return key.slice(1, -1);
  const k = key.toLowerCase();
  if (LABELS[k]) return LABELS[k];
  if (/^f\d{1,2}$/.test(k)) return k.toUpperCase();
  const words = k.replace(/[-_]+/g, ' ');
  return words.length === 1 ? words.toUpperCase() : words.charAt(0).toUpperCase() + words.slice(1);
}

/** `++key+key++` in `kids`' text as <kbd> elements. */
export function keys(kids: readonly HNode[]): HNode[] {
  if (!kids.some((k) => k.type === 'text' && (k.value ?? '').includes('++'))) return kids as HNode[];
  return replaceInText(kids, KEYS, (m) => {
    const parts = (m[1] as string).match(new RegExp(KEY, 'g')) ?? [];
    const children: HNode[] = [];
    parts.forEach((p, n) => {
      if (n > 0) children.push(el('span', {}, [txt('+')]));
      children.push(el('kbd', {}, [txt(keyLabel(p))]));
    });
    return [el('span', { className: ['wf-keys'] }, children)];
  });
}

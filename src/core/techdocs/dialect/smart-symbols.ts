/**
 * pymdownx.smartsymbols: `(c)` ©, `(r)` ®, `(tm)` ™, `c/o` ℅, `+/-` ±, `=/=` ≠, arrows
 * (`-->` →, `<--` ←, `<-->` ↔), fractions (`1/2` ½) and ordinals (`1st` → 1<sup>st</sup>).
 */
import { el, replaceInText, txt, type HNode } from './hast.ts';

const SYMBOLS: Record<string, string> = {
  '(c)': '©', '(r)': '®', '(tm)': '™', 'c/o': '℅', '+/-': '±', '=/=': '≠', '<-->': '↔', '-->': '→', '<--': '←',
  '1/4': '¼', '1/2': '½', '3/4': '¾', '1/3': '⅓', '2/3': '⅔', '1/5': '⅕', '2/5': '⅖', '3/5': '⅗', '4/5': '⅘',
  '1/6': '⅙', '5/6': '⅚', '1/8': '⅛', '3/8': '⅜', '5/8': '⅝', '7/8': '⅞',
};
const SYMBOL = /\((?:c|r|tm)\)|\bc\/o\b|\+\/-|=\/=|<-->|-->|<--|(?<![\w/])(?:1\/[234568]|[2345]\/[35]|3\/[48]|5\/[68]|7\/8)(?![\w/])/gi;
const ORDINAL = /\b(\d+)(st|nd|rd|th)\b/g;

/** Smart symbols and ordinals in `kids`' text. */
export function smartSymbols(kids: readonly HNode[]): HNode[] {
  const symbols = replaceInText(kids, SYMBOL, (m) => {
    const s = SYMBOLS[m[0].toLowerCase()];
    return s === undefined ? undefined : [txt(s)];
  });
  return replaceInText(symbols, ORDINAL, (m) => [txt(m[1] as string), el('sup', {}, [txt(m[2] as string)])]);
}

/**
 * Measures how long a diagram takes to draw, for manual/diagrams.md: beautiful-mermaid
 * in Node (what the build uses), and, when MERMAID_JS names a mermaid.min.js, Mermaid
 * itself in headless Chromium (the rehype-mermaid / in-browser alternatives).
 *   node scripts/bench-diagrams.ts            MERMAID_JS=/path/mermaid.min.js node scripts/bench-diagrams.ts
 */
import { readFileSync } from 'node:fs';
import { renderMermaid } from '../src/core/diagrams/mermaid.ts';

const SAMPLES: Record<string, string> = {
  flowchart: 'flowchart LR\n  customer([Customer]) --> checkout[Checkout web]\n  checkout -->|POST /payments| payments(Payments service)\n  payments -->|authorise| psp[Card processor]\n  payments -->|post entries| ledger(Ledger service)\n  ledger --> db[(Ledger DB)]',
  sequence: 'sequenceDiagram\n  participant W as Checkout web\n  participant P as Payments service\n  W->>P: POST /payments\n  P->>C: authorise card\n  C-->>P: authorised\n  P-->>W: 201 captured',
  class: 'classDiagram\n  class Invoice {\n    +string id\n    +total() Money\n  }\n  Invoice --> Money\n  Invoice <|-- CreditNote',
  state: 'stateDiagram-v2\n  [*] --> Pending\n  Pending --> Posted : balanced\n  Pending --> Rejected\n  Posted --> [*]',
  er: 'erDiagram\n  CUSTOMER ||--o{ ORDER : places\n  ORDER ||--|{ LINE : contains',
  gantt: 'gantt\n  title Migration\n  dateFormat YYYY-MM-DD\n  section Move\n  Copy data :copy, 2026-12-01, 5d\n  Switch reads :after copy, 2d',
};
const ROUNDS = Number(process.env.ROUNDS ?? 10);
const ms = (v: number): string => `${v.toFixed(1)} ms`;

console.log(`beautiful-mermaid in Node, ${ROUNDS} rounds (first call pays the module and ELK start-up):`);
const t0 = performance.now();
renderMermaid('flowchart LR\n  A --> B');
console.log(`  first diagram: ${ms(performance.now() - t0)}`);
for (const [kind, src] of Object.entries(SAMPLES)) {
  const t = performance.now();
  // A changing comment makes each round a new source (no cache here anyway).
  for (let i = 0; i < ROUNDS; i++) renderMermaid(`${src}\n%% ${i}`);
  console.log(`  ${kind}: ${ms((performance.now() - t) / ROUNDS)} per diagram`);
}

const mermaidJs = process.env.MERMAID_JS;
if (mermaidJs) {
  const { chromium } = await import('@playwright/test');
  const t1 = performance.now();
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
  const page = await browser.newPage();
  await page.setContent('<!doctype html><html><body><div id="out"></div></body></html>');
  await page.addScriptTag({ content: readFileSync(mermaidJs, 'utf8') });
  await page.evaluate(() => (globalThis as unknown as { mermaid: { initialize: (o: object) => void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
  console.log(`Mermaid ${mermaidJs} in Chromium: browser start and script load ${ms(performance.now() - t1)}`);
  for (const [kind, src] of Object.entries(SAMPLES)) {
    const per = await page.evaluate(
      async ([s, n]) => {
        const m = (globalThis as unknown as { mermaid: { render: (id: string, s: string) => Promise<{ svg: string }> } }).mermaid;
        const t = performance.now();
        for (let i = 0; i < (n as number); i++) await m.render(`d${i}${Math.random().toString(36).slice(2)}`, `${s}\n%% ${i}`);
        return (performance.now() - t) / (n as number);
      },
      [src, ROUNDS] as const,
    );
    console.log(`  ${kind}: ${ms(per)} per diagram`);
  }
  await browser.close();
}

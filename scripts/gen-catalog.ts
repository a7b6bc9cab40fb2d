/**
 * Generates a synthetic organisation for benchmarks: N catalog entities (default 10,000)
 * as multi-document Backstage YAML in <out>/catalog/, with groups, users, domains,
 * systems, components, APIs and resources, realistic dependency fan-out and only valid
 * refs. Deterministic: the same --seed gives byte-identical files.
 *
 *   node scripts/gen-catalog.ts --out /tmp/bigorg [--count 10000] [--seed 42]
 *   node scripts/check.ts --content /tmp/bigorg
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const MARKER = '.wayfinder-generated';

/** A small seeded PRNG (mulberry32): same seed, same sequence. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'atlas', 'beacon', 'cargo', 'delta', 'ember', 'fjord', 'garnet', 'harbor', 'indigo', 'juniper',
  'kestrel', 'lumen', 'meridian', 'nimbus', 'orbit', 'pylon', 'quartz', 'relay', 'summit', 'tundra',
  'umber', 'vector', 'willow', 'xenon', 'yonder', 'zephyr', 'anchor', 'bramble', 'cobalt', 'dune',
];
const NOUNS = ['service', 'worker', 'gateway', 'web', 'consumer', 'scheduler', 'indexer', 'sync', 'api-server', 'cli'];
const FIRST = ['ana', 'ben', 'chen', 'dara', 'eli', 'fatima', 'goran', 'hana', 'ivan', 'jo', 'kofi', 'lena', 'mateo', 'nora', 'omar', 'priya', 'quinn', 'rosa', 'sam', 'tariq'];
const LAST = ['lima', 'okafor', 'smith', 'rossi', 'tanaka', 'novak', 'haddad', 'berg', 'silva', 'kim', 'moreau', 'ali', 'fischer', 'costa', 'nguyen'];
const LIFECYCLES = ['production', 'production', 'production', 'production', 'beta', 'experimental', 'deprecated'];
const RESOURCE_TYPES = ['database', 's3-bucket', 'queue', 'cache', 'topic'];
const API_TYPES = ['openapi', 'openapi', 'grpc', 'asyncapi', 'graphql'];

/** A small definition of each API type (two operations and a schema), as an organisation's small APIs are. */
function smallDefinition(type: string, name: string): string[] {
  const noun = name.replace(/-\d+$/, '').split('-').pop() ?? 'item';
  if (type === 'graphql') {
    return [`type ${cap(noun)} {`, '  id: ID!', '  name: String!', '}', '', 'type Query {', `  ${noun}(id: ID!): ${cap(noun)}`, `  ${noun}s(first: Int = 20): [${cap(noun)}!]!`, '}'];
  }
  if (type === 'asyncapi') {
    return ['asyncapi: 2.6.0', `info: { title: ${name}, version: 1.0.0 }`, 'channels:', `  ${noun}.v1.changed:`, '    subscribe:', `      operationId: on${cap(noun)}Changed`, '      message:', '        payload:', '          type: object', '          required: [id]', '          properties:', '            id: { type: string }', '            name: { type: string }'];
  }
  if (type === 'grpc') return ['syntax = "proto3";', `service ${cap(noun)}Service {`, `  rpc Get${cap(noun)} (Get${cap(noun)}Request) returns (${cap(noun)});`, '}'];
  return [
    'openapi: 3.0.3',
    `info: { title: ${name}, version: 1.0.0 }`,
    'paths:',
    `  /${noun}s:`,
    '    get:',
    `      operationId: list${cap(noun)}s`,
    `      summary: List ${noun}s`,
    '      responses:',
    "        '200':",
    '          description: OK',
    '          content:',
    '            application/json:',
    `              schema: { type: array, items: { $ref: '#/components/schemas/${cap(noun)}' } }`,
    `  /${noun}s/{id}:`,
    '    get:',
    `      operationId: get${cap(noun)}`,
    '      parameters:',
    '        - { name: id, in: path, required: true, schema: { type: string } }',
    '      responses:',
    "        '200':",
    '          description: OK',
    '          content:',
    '            application/json:',
    `              schema: { $ref: '#/components/schemas/${cap(noun)}' }`,
    'components:',
    '  schemas:',
    `    ${cap(noun)}:`,
    '      type: object',
    '      required: [id]',
    '      properties:',
    '        id: { type: string }',
    '        name: { type: string }',
  ];
}

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Options of `generateCatalog`. */
export interface GenerateOptions {
  count: number;
  seed: number;
}

/** Generated files: path relative to <out>/catalog/ and its YAML text. */
export type GeneratedFiles = Map<string, string>;

/** Builds the synthetic organisation's files in memory. */
export function generateCatalog({ count, seed }: GenerateOptions): GeneratedFiles {
  const rnd = random(seed);
  const files: GeneratedFiles = new Map();
  const g: Gen = {
    rnd,
    pick: <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)] as T,
    int: (lo: number, hi: number): number => lo + Math.floor(rnd() * (hi - lo + 1)),
    docs: (file: string, text: string): void => {
      files.set(file, (files.get(file) ?? '') + (files.has(file) ? '---\n' : '') + text);
    },
  };

  const nDomains = Math.max(1, Math.round(count * 0.002));
  const nGroups = Math.max(2, Math.round(count * 0.02));
  const nUsers = Math.max(1, Math.round(count * 0.2));
  const nSystems = Math.max(1, Math.round(count * 0.04));
  const nApis = Math.max(1, Math.round(count * 0.16));
  const nComponents = Math.max(1, Math.round(count * 0.4));
  const nResources = Math.max(1, count - nDomains - nGroups - nUsers - nSystems - nApis - nComponents);

  // The steps draw from one random sequence, in this order: the output depends on it.
  const owners = writeGroups(g, nGroups);
  writeUsers(g, nUsers, owners);
  const domains = writeDomains(g, nDomains, owners);
  const systems = writeSystems(g, nSystems, owners, domains);
  const { resources, apis, components, providers } = planParts(g, systems, { nResources, nApis, nComponents });
  writeResourcesAndApis(g, resources, apis);
  writeComponents(g, components, { resources, apis, systems, providers });
  return files;
}

/** The random sequence and the file writer that every step of generateCatalog shares. */
interface Gen {
  rnd: () => number;
  pick: <T>(list: readonly T[]) => T;
  int: (lo: number, hi: number) => number;
  /** Adds a YAML document to a file (a `---` line between documents). */
  docs: (file: string, text: string) => void;
}
type Part = { name: string; system: string; owner: string };
type Group = { name: string; parent?: string; children: string[]; team: boolean };

/** Groups: one root, departments under it, teams under departments. Returns the owners (the teams, else every group). */
function writeGroups({ pick, docs }: Gen, nGroups: number): Group[] {
  const nDepts = Math.max(1, Math.round(Math.sqrt(nGroups - 1)));
  const groups: Group[] = [{ name: 'org-root', children: [], team: false }];
  for (let i = 0; i < nDepts && groups.length < nGroups; i++) {
    groups.push({ name: `dept-${i}`, parent: 'org-root', children: [], team: false });
    groups[0]?.children.push(`dept-${i}`);
  }
  for (let i = 0; groups.length < nGroups; i++) {
    const dept = `dept-${i % nDepts}`;
    const name = `team-${pick(WORDS)}-${i}`;
    groups.push({ name, parent: dept, children: [], team: true });
    groups.find((g) => g.name === dept)?.children.push(name);
  }
  const teams = groups.filter((g) => g.team);
  const owners = teams.length ? teams : groups;
  for (const g of groups) {
    const lines = [
      'apiVersion: backstage.io/v1alpha1',
      'kind: Group',
      'metadata:',
      `  name: ${g.name}`,
      `  title: ${g.name.replace(/-/g, ' ')}`,
      '  annotations:',
      `    wayfinder.dev/chat: "#${g.name}"`,
      `    wayfinder.dev/chat-url: https://chat.example.com/channels/${g.name}`,
      `    wayfinder.dev/oncall: https://oncall.example.com/schedules/${g.name}`,
      'spec:',
      `  type: ${g.team ? 'team' : g.parent ? 'department' : 'organization'}`,
      ...(g.parent ? [`  parent: ${g.parent}`] : []),
      `  children: [${g.children.join(', ')}]`,
      '  escalation:',
      `    - { who: "${g.name} on-call", how: Page the rota, url: "https://oncall.example.com/schedules/${g.name}", after: 0m }`,
      `    - { who: group:${g.parent ?? g.name}, how: Escalate to the department, after: 30m }`,
      '',
    ];
    docs('org/groups.yaml', lines.join('\n'));
  }

  return owners;
}

function writeUsers({ pick, docs }: Gen, nUsers: number, owners: readonly Group[]): void {
  for (let i = 0; i < nUsers; i++) {
    const name = `${pick(FIRST)}.${pick(LAST)}-${i}`;
    const team = owners[i % owners.length]?.name ?? 'org-root';
    docs(
      `org/users-${Math.floor(i / 250)}.yaml`,
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: User',
        'metadata:',
        `  name: ${name}`,
        'spec:',
        '  profile:',
        `    displayName: ${name.replace(/[.-]/g, ' ')}`,
        `    email: ${name}@example.com`,
        `  memberOf: [${team}]`,
        '',
      ].join('\n'),
    );
  }

}

function writeDomains({ pick, docs }: Gen, nDomains: number, owners: readonly Group[]): string[] {
  const domains: string[] = [];
  for (let i = 0; i < nDomains; i++) {
    const name = `domain-${pick(WORDS)}-${i}`;
    domains.push(name);
    docs('domains.yaml', ['apiVersion: backstage.io/v1alpha1', 'kind: Domain', 'metadata:', `  name: ${name}`, 'spec:', `  owner: ${pick(owners).name}`, ''].join('\n'));
  }

  return domains;
}

/** Systems, each owned by a team and in a domain. */
function writeSystems({ pick, docs }: Gen, nSystems: number, owners: readonly Group[], domains: readonly string[]): { name: string; owner: string }[] {
  const systems: { name: string; owner: string }[] = [];
  for (let i = 0; i < nSystems; i++) {
    const owner = owners[i % owners.length]?.name ?? 'org-root';
    const name = `sys-${pick(WORDS)}-${i}`;
    systems.push({ name, owner });
    docs(`${owner}/system.yaml`, ['apiVersion: backstage.io/v1alpha1', 'kind: System', 'metadata:', `  name: ${name}`, 'spec:', `  owner: ${owner}`, `  domain: ${pick(domains)}`, ''].join('\n'));
  }
  return systems;
}

/** Components, APIs and resources in systems; each API provided by one component of its system (or any, when the system has none). */
function planParts(
  { pick }: Gen,
  systems: readonly { name: string; owner: string }[],
  { nResources, nApis, nComponents }: { nResources: number; nApis: number; nComponents: number },
): { resources: Part[]; apis: Part[]; components: (Part & { index: number })[]; providers: Map<string, string[]> } {
  const resources: { name: string; system: string; owner: string }[] = [];
  for (let i = 0; i < nResources; i++) {
    const sys = systems[i % systems.length] as (typeof systems)[number];
    resources.push({ name: `res-${pick(WORDS)}-${i}`, system: sys.name, owner: sys.owner });
  }
  const apis: { name: string; system: string; owner: string }[] = [];
  for (let i = 0; i < nApis; i++) {
    const sys = systems[i % systems.length] as (typeof systems)[number];
    apis.push({ name: `api-${pick(WORDS)}-${i}`, system: sys.name, owner: sys.owner });
  }
  const components: { name: string; system: string; owner: string; index: number }[] = [];
  for (let i = 0; i < nComponents; i++) {
    const sys = systems[i % systems.length] as (typeof systems)[number];
    components.push({ name: `${pick(WORDS)}-${pick(NOUNS)}-${i}`, system: sys.name, owner: sys.owner, index: i });
  }
  const providers = new Map<string, string[]>();
  const bySystem = new Map<string, string[]>();
  for (const c of components) {
    const list = bySystem.get(c.system);
    if (list) list.push(c.name);
    else bySystem.set(c.system, [c.name]);
  }
  apis.forEach((a) => {
    const sysComponents = bySystem.get(a.system) ?? [];
    const c = sysComponents.length ? pick(sysComponents) : pick(components).name;
    const list = providers.get(c);
    if (list) list.push(a.name);
    else providers.set(c, [a.name]);
  });

  return { resources, apis, components, providers };
}

function writeResourcesAndApis({ pick, docs }: Gen, resources: readonly Part[], apis: readonly Part[]): void {
  for (const r of resources) {
    docs(
      `${r.owner}/resources.yaml`,
      ['apiVersion: backstage.io/v1alpha1', 'kind: Resource', 'metadata:', `  name: ${r.name}`, 'spec:', `  type: ${pick(RESOURCE_TYPES)}`, `  owner: ${r.owner}`, `  system: ${r.system}`, ''].join('\n'),
    );
  }
  for (const a of apis) {
    const type = pick(API_TYPES);
    docs(
      `${a.owner}/apis.yaml`,
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: API',
        'metadata:',
        `  name: ${a.name}`,
        `  description: The ${a.name} interface.`,
        'spec:',
        `  type: ${type}`,
        `  lifecycle: ${pick(LIFECYCLES)}`,
        `  owner: ${a.owner}`,
        `  system: ${a.system}`,
        '  definition: |',
        ...smallDefinition(type, a.name).map((l) => (l ? `    ${l}` : l)),
        '',
      ].join('\n'),
    );
  }
}

function writeComponents(
  { rnd, pick, int, docs }: Gen,
  components: readonly (Part & { index: number })[],
  { resources, apis, systems, providers }: { resources: readonly Part[]; apis: readonly Part[]; systems: readonly unknown[]; providers: Map<string, string[]> },
): void {
  for (const c of components) {
    const deps = new Set<string>();
    for (let k = int(1, 4); k > 0; k--) {
      if (rnd() < 0.5) deps.add(`resource:${pick(resources).name}`);
      else {
        const other = pick(components);
        if (other.name !== c.name) deps.add(`component:${other.name}`);
      }
    }
    // A component that drew only itself still depends on something (an empty dependsOn is an error).
    if (deps.size === 0) deps.add(`resource:${pick(resources).name}`);
    const consumes = new Set<string>();
    for (let k = int(0, 3); k > 0; k--) consumes.add(pick(apis).name);
    const earlier = c.index >= systems.length ? components[c.index - systems.length] : undefined;
    const sub = earlier && rnd() < 0.1 ? earlier.name : undefined;
    const provides = providers.get(c.name) ?? [];
    docs(
      `${c.owner}/components.yaml`,
      [
        'apiVersion: backstage.io/v1alpha1',
        'kind: Component',
        'metadata:',
        `  name: ${c.name}`,
        `  title: ${c.name.replace(/-/g, ' ')}`,
        `  description: Handles ${pick(WORDS)} for the ${c.system} system.`,
        `  tags: [${pick(['go', 'java', 'typescript', 'python', 'rust'])}, ${pick(['backend', 'frontend', 'data'])}]`,
        '  annotations:',
        `    wayfinder.dev/tier: "${int(1, 3)}"`,
        `    wayfinder.dev/slo: "99.9% of requests succeed over 28 days"`,
        '  links:',
        `    - { url: "https://git.example.com/${c.owner}/${c.name}", title: Repository, icon: github, type: repository }`,
        `    - { url: "https://grafana.example.com/d/${c.name}", title: Dashboard, icon: dashboard, type: dashboard }`,
        'spec:',
        `  type: ${pick(['service', 'service', 'website', 'library'])}`,
        `  lifecycle: ${pick(LIFECYCLES)}`,
        `  owner: group:${c.owner}`,
        `  system: ${c.system}`,
        ...(sub ? [`  subcomponentOf: ${sub}`] : []),
        ...(provides.length ? [`  providesApis: [${provides.join(', ')}]`] : []),
        ...(consumes.size ? [`  consumesApis: [${[...consumes].join(', ')}]`] : []),
        '  dependsOn:',
        ...[...deps].map((d) => `    - ${d}`),
        '',
      ].join('\n'),
    );
  }
}

/** Writes the generated files to <out>/catalog/, replacing an earlier generated catalog there. */
export function writeCatalog(out: string, files: GeneratedFiles): void {
  const dir = path.join(out, 'catalog');
  if (fs.existsSync(dir)) {
    if (!fs.existsSync(path.join(dir, MARKER))) {
      throw new Error(`${dir} exists and was not made by this generator; choose another --out`);
    }
    fs.rmSync(dir, { recursive: true });
  }
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, MARKER), 'Generated by scripts/gen-catalog.ts; safe to delete.\n');
  for (const [rel, text] of [...files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
}

function main(): void {
  let values: { out?: string; count?: string; seed?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      options: { out: { type: 'string', short: 'o' }, count: { type: 'string', short: 'n' }, seed: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
      allowPositionals: false,
    }));
  } catch (e) {
    process.stderr.write(`gen-catalog: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  }
  if (values.help || !values.out) {
    process.stdout.write('Usage: node scripts/gen-catalog.ts --out DIR [--count 10000] [--seed 42]\n');
    process.exit(values.help ? 0 : 2);
  }
  const count = Number(values.count ?? 10000);
  const seed = Number(values.seed ?? 42);
  if (!Number.isInteger(count) || count < 10 || !Number.isInteger(seed)) {
    process.stderr.write('gen-catalog: --count must be a whole number of at least 10, --seed a whole number\n');
    process.exit(2);
  }
  const files = generateCatalog({ count, seed });
  try {
    writeCatalog(values.out, files);
  } catch (e) {
    process.stderr.write(`gen-catalog: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(2);
  }
  process.stdout.write(`Wrote ${count} entities in ${files.size} files to ${path.join(values.out, 'catalog')}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();

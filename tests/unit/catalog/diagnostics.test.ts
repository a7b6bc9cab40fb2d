/**
 * One fixture per diagnostic class: every diagnostic with its exact file, line, column,
 * severity, code and message, so a change in what is reported or where is noticed.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture, rows, type DiagnosticRow } from './helpers.ts';

const EXPECTED: Record<string, DiagnosticRow[]> = {
  'yaml-syntax': [
    ["yaml-syntax/catalog/broken.yaml", 5, 1, 'error', 'catalog/yaml-syntax', "YAML syntax error: All mapping items must start at the same column"],
    ["yaml-syntax/catalog/tabs.yaml", 4, 1, 'error', 'catalog/yaml-syntax', "YAML syntax error: Tabs are not allowed as indentation"],
  ],
  'missing-field': [
    ["missing-field/catalog/entities.yaml", 1, 1, 'error', 'catalog/missing-field', "required field `spec.owner` is missing"],
    ["missing-field/catalog/entities.yaml", 9, 1, 'error', 'catalog/missing-field', "required field `spec.children` is missing"],
    ["missing-field/catalog/entities.yaml", 24, 3, 'error', 'catalog/missing-field', "required field `spec.definition` has no value"],
    ["missing-field/catalog/entities.yaml", 26, 1, 'error', 'catalog/missing-field', "required field `metadata.name` is missing"],
    ["missing-field/catalog/entities.yaml", 33, 1, 'error', 'catalog/missing-field', "required field `apiVersion` is missing"],
    ["missing-field/catalog/entities.yaml", 40, 1, 'error', 'catalog/missing-field', "required field `spec` is missing"],
  ],
  'wrong-type': [
    ["wrong-type/catalog/entities.yaml", 5, 9, 'error', 'catalog/wrong-type', "`metadata.tags` must be a list, not text"],
    ["wrong-type/catalog/entities.yaml", 7, 25, 'error', 'catalog/wrong-type', "`metadata.annotations.wayfinder.dev/tier` must be text, not a number"],
    ["wrong-type/catalog/entities.yaml", 9, 7, 'error', 'catalog/missing-field', "required field `metadata.links[0].url` is missing"],
    ["wrong-type/catalog/entities.yaml", 11, 9, 'error', 'catalog/wrong-type', "`spec.type` must be text, not a number"],
    ["wrong-type/catalog/entities.yaml", 13, 10, 'error', 'catalog/wrong-type', "`spec.owner` must be text, not a list"],
    ["wrong-type/catalog/entities.yaml", 20, 13, 'error', 'catalog/wrong-type', "`spec.memberOf` must be a list, not text"],
    ["wrong-type/catalog/entities.yaml", 22, 1, 'error', 'catalog/not-an-entity', "this YAML document is a list, not an entity"],
  ],
  'invalid-name': [
    ["invalid-name/catalog/entities.yaml", 4, 9, 'error', 'catalog/invalid-name', "\"bad name!\" is not a valid entity name"],
    ["invalid-name/catalog/entities.yaml", 5, 14, 'error', 'catalog/invalid-namespace', "\"Not_Valid\" is not a valid namespace"],
    ["invalid-name/catalog/entities.yaml", 6, 18, 'error', 'catalog/invalid-tag', "tag \"Java\" is not valid"],
    ["invalid-name/catalog/entities.yaml", 6, 24, 'error', 'catalog/invalid-tag', "tag \"two  spaces\" is not valid"],
  ],
  'unknown-kind': [
    ["unknown-kind/catalog/entities.yaml", 1, 13, 'warning', 'catalog/unknown-api-version', "apiVersion \"scaffolder.backstage.io/v1beta3\" is not one Wayfinder reads; this entity is skipped"],
    ["unknown-kind/catalog/entities.yaml", 2, 7, 'warning', 'catalog/unknown-kind', "kind \"Template\" is not one Wayfinder reads; this entity is skipped"],
    ["unknown-kind/catalog/entities.yaml", 9, 7, 'warning', 'catalog/unknown-kind', "kind \"component\" is not one Wayfinder reads; this entity is skipped"],
    ["unknown-kind/catalog/entities.yaml", 15, 13, 'warning', 'catalog/unknown-api-version', "apiVersion \"backstage.io/v2\" is not one Wayfinder reads; this entity is skipped"],
  ],
  'duplicate': [
    ["duplicate/catalog/a.yaml", 4, 9, 'error', 'catalog/duplicate-entity', "component:payments-service is defined more than once: also at duplicate/catalog/b.yaml:5"],
    ["duplicate/catalog/b.yaml", 5, 9, 'error', 'catalog/duplicate-entity', "component:payments-service is already defined at duplicate/catalog/a.yaml:4"],
  ],
  'dangling-ref': [
    ["dangling-ref/catalog/entities.yaml", 24, 10, 'error', 'catalog/dangling-ref', "`spec.owner` refers to group:payments-tem, which is not in the catalog"],
    ["dangling-ref/catalog/entities.yaml", 25, 11, 'error', 'catalog/dangling-ref', "`spec.system` refers to system:shop, which is not in the catalog"],
    ["dangling-ref/catalog/entities.yaml", 27, 7, 'error', 'catalog/invalid-ref', "`spec.dependsOn[0]` \"orders-db\" is not a valid entity ref: \"orders-db\" needs a kind, e.g. component:orders-db"],
    ["dangling-ref/catalog/entities.yaml", 28, 7, 'error', 'catalog/dangling-ref', "`spec.dependsOn[1]` refers to component:orders-db, which is not in the catalog"],
    ["dangling-ref/catalog/entities.yaml", 29, 18, 'error', 'catalog/wrong-ref-kind', "`spec.consumesApis[0]` must point at an API, not a Component (\"component:orders-db\")"],
  ],
  'unsafe-link': [
    ["unsafe-link/catalog/entities.yaml", 6, 12, 'error', 'catalog/url-scheme', "link \"javascript:alert(1)\" is not allowed: its scheme \"javascript:\" is not allowed (use http:, https:, mailto:, tel:)"],
    ["unsafe-link/catalog/entities.yaml", 10, 12, 'error', 'catalog/url-scheme', "link \"data:text/html,hi\" is not allowed: its scheme \"data:\" is not allowed (use http:, https:, mailto:, tel:)"],
    ["unsafe-link/catalog/entities.yaml", 12, 12, 'error', 'catalog/url-scheme', "link \"java\tscript:alert(2)\" is not allowed: it contains control characters or line breaks"],
    ["unsafe-link/catalog/entities.yaml", 13, 12, 'error', 'catalog/url-scheme', "link \"/relative/path\" is not allowed: it has no scheme (write the full URL, e.g. https://...)"],
  ],
  'cycle': [
    ["cycle/catalog/entities.yaml", 9, 19, 'error', 'catalog/cycle', "subcomponentOf forms a cycle: component:part-a → component:part-b → component:part-a"],
    ["cycle/catalog/entities.yaml", 27, 11, 'error', 'catalog/cycle', "parent/children forms a cycle: group:team-b → group:team-c → group:team-b"],
  ],
  'substitution': [
    ["substitution/catalog/apis.yaml", 42, 12, 'error', 'catalog/substitution-missing', "`$text` target \"./defs/missing.yaml\" does not exist (looked for substitution/catalog/defs/missing.yaml)"],
    ["substitution/catalog/apis.yaml", 53, 12, 'error', 'catalog/substitution-invalid', "`$json` target substitution/catalog/defs/bad.json is not valid JSON: Expected double-quoted property name in JSON at position 23 (line 2 column 1)"],
    ["substitution/catalog/apis.yaml", 64, 12, 'warning', 'catalog/substitution-remote', "`$text: https://petstore.swagger.io/v2/swagger.json` is a remote URL; Wayfinder builds offline and does not fetch it"],
  ],
  'location': [
    ["location/catalog/all.yaml", 9, 7, 'warning', 'catalog/location-loop', "Location targets form a loop: location/catalog/all.yaml → location/extra/services.yaml → location/catalog/all.yaml"],
    ["location/catalog/all.yaml", 10, 7, 'error', 'catalog/location-missing', "Location target \"../extra/nope.yaml\" does not exist (looked for location/extra/nope.yaml)"],
    ["location/catalog/all.yaml", 11, 7, 'warning', 'catalog/location-missing', "Location target \"../extra/*.yml\" matches no file (looked for location/extra/*.yml)"],
    ["location/catalog/all.yaml", 12, 7, 'warning', 'catalog/location-remote', "Location target \"https://github.com/example/repo/blob/main/catalog-info.yaml\" is remote; Wayfinder builds offline and does not fetch it"],
  ],
  'lifecycle': [
    ["lifecycle/catalog/entities.yaml", 7, 14, 'warning', 'catalog/unknown-lifecycle', "lifecycle \"sunset\" is not one of the known values: experimental, beta, production, deprecated, retired"],
    ["lifecycle/catalog/entities.yaml", 16, 14, 'warning', 'catalog/unknown-lifecycle', "lifecycle \"prodution\" is not one of the known values: experimental, beta, production, deprecated, retired"],
    ["lifecycle/catalog/entities.yaml", 25, 14, 'warning', 'catalog/unknown-lifecycle', "lifecycle \"Production\" is not one of the known values: experimental, beta, production, deprecated, retired"],
  ],
  'wayfinder-fields': [
    ["wayfinder-fields/catalog/entities.yaml", 6, 29, 'error', 'catalog/url-scheme', "annotation wayfinder.dev/chat-url \"javascript:alert(1)\" is not a usable link: its scheme \"javascript:\" is not allowed (use http:, https:, mailto:, tel:)"],
    ["wayfinder-fields/catalog/entities.yaml", 7, 27, 'error', 'catalog/url-scheme', "annotation wayfinder.dev/oncall \"not a url\" is not a usable link: it has no scheme (write the full URL, e.g. https://...)"],
    ["wayfinder-fields/catalog/entities.yaml", 8, 25, 'error', 'catalog/invalid-tier', "annotation wayfinder.dev/tier \"critical\" is not a tier number"],
    ["wayfinder-fields/catalog/entities.yaml", 9, 28, 'warning', 'catalog/unknown-annotation', "unknown Wayfinder annotation wayfinder.dev/on-call"],
    ["wayfinder-fields/catalog/entities.yaml", 16, 14, 'error', 'catalog/invalid-duration', "`spec.escalation[0].after` \"15 minutes\" is not a duration"],
    ["wayfinder-fields/catalog/entities.yaml", 17, 12, 'error', 'catalog/dangling-ref', "`spec.escalation[1].who` refers to user:nobody, which is not in the catalog"],
    ["wayfinder-fields/catalog/entities.yaml", 19, 12, 'error', 'catalog/url-scheme', "`spec.escalation[1].url` \"javascript:alert(1)\" is not a usable link: its scheme \"javascript:\" is not allowed (use http:, https:, mailto:, tel:)"],
    ["wayfinder-fields/catalog/entities.yaml", 23, 14, 'warning', 'catalog/escalation-order', "`spec.escalation[2].after` (5m) comes before the level above it"],
    ["wayfinder-fields/catalog/entities.yaml", 24, 7, 'error', 'catalog/missing-field', "required field `spec.escalation[3].who` is missing"],
    ["wayfinder-fields/catalog/entities.yaml", 34, 15, 'error', 'catalog/wrong-type', "`spec.escalation` must be a list of levels, not text"],
  ],
};

describe('catalog diagnostics, one fixture per class', () => {
  for (const [name, expected] of Object.entries(EXPECTED)) {
    it(`reports exactly the problems of ${name}`, () => {
      expect(rows(loadFixture(name))).toEqual(expected);
    });
  }
});

describe('hints', () => {
  const hintAt = (name: string, line: number, column: number): string | undefined =>
    loadFixture(name).diagnostics.find((d) => d.line === line && d.column === column)?.hint;

  it('suggests the closest existing name of the right kind for a ref to nothing', () => {
    expect(hintAt('dangling-ref', 24, 10)).toBe('did you mean group:payments-team?');
    expect(hintAt('dangling-ref', 28, 7)).toBe('did you mean resource:orders-db?');
  });

  it('names the kind when a dependsOn ref has none (Backstage requires one there)', () => {
    expect(hintAt('dangling-ref', 27, 7)).toBe('did you mean resource:orders-db?');
  });

  it('says there is nothing close when nothing is', () => {
    expect(hintAt('dangling-ref', 25, 11)).toBe('no System is named like that; add one (kind: System) or fix the name');
  });

  it('tells how to fix a case-mismatched kind and a lifecycle typo', () => {
    expect(hintAt('unknown-kind', 9, 7)).toBe('kinds are case-sensitive: write kind: Component');
    expect(hintAt('lifecycle', 16, 14)).toBe("did you mean production? (a stage's `lifecycles` in wayfinder.yaml can add values)");
  });

  it('suggests the Wayfinder annotation meant and how to quote a number', () => {
    expect(hintAt('wayfinder-fields', 9, 28)).toBe('did you mean wayfinder.dev/oncall?');
    expect(hintAt('wrong-type', 7, 25)).toBe('quote it: wayfinder.dev/tier: "1"');
  });

  it('explains YAML errors people meet most', () => {
    expect(hintAt('yaml-syntax', 4, 1)).toBe('indent with spaces; YAML does not allow tabs for indentation');
  });
});

describe('what problems do to the result', () => {
  it('lists unknown apiVersions and kinds as skipped, never drops them silently', () => {
    const r = loadFixture('unknown-kind');
    expect(r.skipped.map((s) => [s.source.line, s.kind, s.name, s.reason])).toEqual([
      [1, 'Template', 'new-service', 'unknown kind "Template"'],
      [8, 'component', 'lower-case-kind', 'unknown kind "component"'],
      [15, 'Component', 'future-version', 'unknown apiVersion "backstage.io/v2"'],
    ]);
    expect(r.entities.map((e) => e.ref)).toEqual(['group:default/team-a']);
  });

  it('keeps the first of two duplicates and lists the second as skipped', () => {
    const r = loadFixture('duplicate');
    expect(r.byRef.get('component:default/payments-service')?.type).toBe('service');
    expect(r.skipped).toEqual([
      {
        source: { file: 'duplicate/catalog/b.yaml', line: 2, column: 1 },
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Component',
        name: 'Payments-Service',
        reason: 'duplicate of component:payments-service at duplicate/catalog/a.yaml:4',
      },
    ]);
  });

  it('drops links with a scheme other than http, https, mailto or tel', () => {
    const links = loadFixture('unsafe-link').byRef.get('component:default/linked')?.links;
    expect(links).toEqual([
      { url: 'https://example.com/ok', title: 'Fine' },
      { url: 'mailto:team@example.com' },
    ]);
    expect(JSON.stringify(loadFixture('unsafe-link').entities)).not.toMatch(/javascript|data:/i);
  });

  it('still loads the other documents of a file with a YAML error', () => {
    const r = loadFixture('yaml-syntax');
    expect(r.byRef.has('component:default/fine-after-broken')).toBe(true);
    expect(r.skipped.map((s) => s.reason)).toEqual(['the document has YAML syntax errors', 'the document has YAML syntax errors']);
  });

  it('lets the site config extend the known lifecycles', () => {
    const r = loadFixture('lifecycle', { lifecycles: ['experimental', 'beta', 'production', 'deprecated', 'retired', 'sunset'] });
    expect(r.diagnostics.map((d) => d.line)).toEqual([16, 25]);
  });

  it('reads $text, $json and $yaml definitions as text, and names where they came from', () => {
    const r = loadFixture('substitution');
    const text = r.byRef.get('api:default/text-api');
    expect(text?.definition).toContain("$ref: '#/components/responses/Ok'");
    expect(text?.definitionSource).toBe('substitution/catalog/defs/openapi.yaml');
    expect(r.byRef.get('api:default/json-api')?.definition).toContain('"title": "JSON API"');
    expect(r.byRef.get('api:default/yaml-api')?.definition).toBe('asyncapi: 2.6.0\ninfo:\n  title: YAML API\n  version: 1.0.0\n');
    expect(r.byRef.get('api:default/remote-api')?.definitionSource).toBe('https://petstore.swagger.io/v2/swagger.json');
    // The files that substitutions name are data, not descriptors.
    expect(r.files).toEqual(['substitution/catalog/00-team.yaml', 'substitution/catalog/apis.yaml']);
  });

  it('follows Location targets outside catalog/ once, and does not read catalog/ files twice', () => {
    const r = loadFixture('location');
    expect(r.files).toEqual([
      'location/catalog/00-team.yaml',
      'location/catalog/all.yaml',
      'location/extra/services.yaml',
    ]);
    expect(r.byRef.has('component:default/outside-service')).toBe(true);
    expect(r.byRef.get('location:default/everything')?.targets).toHaveLength(5);
  });
});

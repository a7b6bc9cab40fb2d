/**
 * Descriptor files written exactly as Backstage's documentation shows them
 * (docs/features/software-catalog/descriptor-format.md: the Component, API, Group, User,
 * Resource, System, Domain and Location examples, and the overall-shape example) load
 * with zero errors. The examples refer to entities they do not show; those are in
 * companions.yaml, written the same way.
 */
import { describe, expect, it } from 'vitest';
import { loadFixture } from './helpers.ts';

describe("Backstage's documented examples", () => {
  it('load with zero errors; the remote Location targets are warnings', () => {
    const r = loadFixture('backstage-docs');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['catalog/location-remote', 'catalog/location-remote']);
    expect(r.counts).toEqual({ api: 1, component: 2, domain: 2, group: 7, location: 1, resource: 1, system: 1, user: 1 });
    expect(r.skipped).toEqual([]);
  });

  it('resolve the relations the documentation describes', () => {
    const r = loadFixture('backstage-docs');
    expect(r.byRef.get('component:default/artist-web')?.relations).toEqual({
      ownedBy: ['group:default/artist-relations-team'],
      partOf: ['system:default/artist-engagement-portal'],
      dependsOn: ['resource:default/artists-db'],
      dependencyOf: ['component:default/artist-web-lookup'],
      providesApi: ['api:default/artist-api'],
    });
    expect(r.byRef.get('group:default/infrastructure')?.relations).toEqual({
      hasMember: ['user:default/jdoe'],
      parentOf: ['group:default/backstage', 'group:default/other'],
      childOf: ['group:default/ops'],
    });
    expect(r.byRef.get('domain:default/artists')?.relations.partOf).toEqual(['domain:default/audio-domain']);
    expect(r.byRef.get('user:default/jdoe')?.relations.memberOf).toEqual(['group:default/employees', 'group:default/infrastructure', 'group:default/team-b']);
    expect(r.byRef.get('api:default/artist-api')?.definition).toMatch(/^openapi: "3.0.0"\n/);
  });

  it('the overall-shape example keeps its labels, annotations, tags and typed link', () => {
    const r = loadFixture('backstage-overall');
    expect(r.diagnostics).toEqual([]);
    expect(r.byRef.get('component:default/artist-web')).toMatchObject({
      labels: { 'example.com/custom': 'custom_label_value' },
      annotations: {
        'example.com/service-discovery': 'artistweb',
        'circleci.com/project-slug': 'github/example-org/artist-website',
      },
      tags: ['java'],
      links: [{ url: 'https://admin.example-org.com', title: 'Admin Dashboard', icon: 'dashboard', type: 'admin-dashboard' }],
      system: 'system:default/public-websites',
    });
  });
});

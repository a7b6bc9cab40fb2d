import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { specIncludes } from './spec-includes.ts';

describe('specIncludes', () => {
  it('follows quoted, plain, flow-map and percent-encoded $refs, with braces in file names, and skips remote and same-file ones', () => {
    const root = path.resolve('/c/catalog/api');
    const texts = new Map<string, string>([
      [
        `${root}/openapi.yaml`,
        [
          '    $ref: "./paths/orders_{orderId}.yaml"',
          "    $ref: './schemas/order.yaml#/Order'",
          '    items: {$ref: ../shared/money.yaml}',
          '    $ref: paths/items_%7BitemId%7D.yaml',
          '    $ref: "#/components/schemas/Local"',
          '    $ref: https://example.com/remote.yaml',
          '{"$ref": "./schemas/json.json#/X"}',
        ].join('\n'),
      ],
      [`${root}/schemas/order.yaml`, 'total:\n  $ref: ../../shared/tax.yaml'],
    ]);
    expect(specIncludes([`${root}/openapi.yaml`], (abs) => texts.get(abs))).toEqual(
      [
        `${root}/paths/items_{itemId}.yaml`,
        `${root}/paths/orders_{orderId}.yaml`,
        `${root}/schemas/json.json`,
        `${root}/schemas/order.yaml`,
        path.resolve('/c/catalog/shared/money.yaml'),
        path.resolve('/c/catalog/shared/tax.yaml'),
      ].sort(),
    );
  });
});

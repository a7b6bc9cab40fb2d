/**
 * AsyncAPI 2.x and 3.0 read into the reference model: servers, channels (one group each)
 * and their operations with their messages' payload and header schemas. 2.x's
 * `publish`/`subscribe` on a channel and 3.0's `operations` (action `send`/`receive`,
 * pointing at a channel) both become operations under the channel's group.
 */
import type { ApiGroup, ApiMessage, ApiOperation, ApiReference, ApiType } from './model.ts';
import { Anchors } from './anchors.ts';
import { schemaTree } from './schema.ts';
import { pretty } from './openapi.ts';
import { SpecFiles, type SpecObject, type SpecValue } from './spec-files.ts';

const isObject = (v: unknown): v is SpecObject => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: SpecValue | undefined): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);

/** Reads an AsyncAPI document (`root`) into a reference. */
export function readAsyncApi(entityRef: string, root: SpecObject, files: SpecFiles, anchors: Anchors): Omit<ApiReference, 'included'> {
  const version = String(root.asyncapi ?? '');
  const v3 = version.startsWith('3');
  const info = isObject(root.info) ? root.info : {};
  const components = isObject(root.components) ? root.components : {};
  const schemaHome = isObject(components.schemas) ? components.schemas : {};
  const schemaAnchors = new Map<string, string>();
  for (const name of Object.keys(schemaHome)) schemaAnchors.set(name, anchors.take('schema', name));
  const opts = { anchorOf: (name: string) => schemaAnchors.get(name) };

  const servers = Object.entries(isObject(root.servers) ? root.servers : {}).flatMap(([name, raw]) => {
    const s = files.deref(raw);
    if (!isObject(s)) return [];
    const url = v3 ? `${str(s.host) ?? ''}${str(s.pathname) ?? ''}` : (str(s.url) ?? '');
    return [{ url: url || name, ...(str(s.description) ? { description: str(s.description) as string } : {}), ...(str(s.protocol) ? { protocol: `${s.protocol as string}${s.protocolVersion ? ` ${String(s.protocolVersion)}` : ''}` } : {}) }];
  });

  const message = (raw: SpecValue | undefined, fallbackName: string): ApiMessage | undefined => {
    const ref = SpecFiles.refOf(raw);
    const m = files.deref(raw);
    if (!isObject(m)) return undefined;
    const examples = (Array.isArray(m.examples) ? m.examples : []).flatMap((ex, i) => {
      const e = files.deref(ex);
      if (!isObject(e)) return [];
      const value = e.payload !== undefined ? e.payload : e;
      return [{ name: str(e.name) ?? str(e.summary) ?? `Example ${i + 1}`, value: pretty(value) }];
    });
    const payload = schemaTree(files, m.payload, opts);
    const headers = schemaTree(files, m.headers, opts);
    return {
      name: str(m.name) ?? (ref ? SpecFiles.refName(ref) : fallbackName),
      ...files.atOf(m),
      ...(str(m.title) ? { title: str(m.title) } : {}),
      ...(str(m.summary) ? { summary: str(m.summary) } : {}),
      ...(str(m.description) ? { description: str(m.description) } : {}),
      ...(str(m.contentType) ?? str(root.defaultContentType) ? { contentType: str(m.contentType) ?? str(root.defaultContentType) } : {}),
      ...(payload ? { payload } : {}),
      ...(headers ? { headers } : {}),
      examples,
    };
  };
  const messagesOf = (raw: SpecValue | undefined, fallbackName: string): ApiMessage[] => {
    const m = files.deref(raw);
    if (!isObject(m)) return [];
    // 2.x: a message may be `oneOf` several.
    if (Array.isArray(m.oneOf)) return m.oneOf.flatMap((x, i) => message(x, `${fallbackName} ${i + 1}`) ?? []);
    return message(raw, fallbackName) ? [message(raw, fallbackName) as ApiMessage] : [];
  };
  const parameters = (ch: SpecObject): ApiOperation['parameters'] =>
    Object.entries(isObject(ch.parameters) ? ch.parameters : {}).flatMap(([name, raw]) => {
      const p = files.deref(raw);
      if (!isObject(p)) return [];
      const schema = schemaTree(files, p.schema ?? (Array.isArray(p.enum) ? { type: 'string', enum: p.enum } : { type: 'string' }), opts);
      return [{ name, in: 'channel', required: true, ...(str(p.description) ? { description: str(p.description) } : {}), ...(schema ? { schema } : {}) }];
    });

  const groups: ApiGroup[] = [];
  const channels = isObject(root.channels) ? root.channels : {};
  const groupOf = new Map<object, ApiGroup>();
  for (const [key, raw] of Object.entries(channels)) {
    const ch = files.deref(raw);
    if (!isObject(ch)) continue;
    const address = v3 ? (ch.address === null ? key : (str(ch.address) ?? key)) : key;
    const group: ApiGroup = { name: address, ...files.atOf(ch), anchor: anchors.take('channel', key), ...(str(ch.description) ? { description: str(ch.description) } : {}), operations: [] };
    groups.push(group);
    groupOf.set(ch, group);
    if (!v3) {
      for (const action of ['publish', 'subscribe'] as const) {
        const op = files.deref(ch[action]);
        if (!isObject(op)) continue;
        const id = str(op.operationId);
        group.operations.push({
          anchor: anchors.take(action, id ?? key),
          method: action.toUpperCase(),
          path: address,
          ...files.atOf(op),
          ...(str(op.summary) ? { summary: str(op.summary) } : {}),
          ...(str(op.description) ? { description: str(op.description) } : {}),
          ...(id ? { operationId: id } : {}),
          deprecated: op.deprecated === true,
          parameters: parameters(ch),
          responses: [],
          messages: messagesOf(op.message, id ?? key),
        });
      }
    }
  }
  if (v3) {
    for (const [id, raw] of Object.entries(isObject(root.operations) ? root.operations : {})) {
      const op = files.deref(raw);
      if (!isObject(op)) continue;
      const ch = files.deref(op.channel);
      let group = isObject(ch) ? groupOf.get(ch) : undefined;
      if (!group) {
        group = { name: 'Operations', anchor: anchors.take('operations'), operations: [] };
        groups.push(group);
        if (isObject(ch)) groupOf.set(ch, group);
      }
      // An operation's messages are $refs into its channel's; without them, all of the channel's.
      const list = Array.isArray(op.messages) && op.messages.length > 0 ? op.messages : isObject(ch) && isObject(ch.messages) ? Object.values(ch.messages) : [];
      const action = str(op.action) ?? 'send';
      group.operations.push({
        anchor: anchors.take(action, id),
        method: action.toUpperCase(),
        path: group.name,
        ...files.atOf(op),
        ...(str(op.summary) ? { summary: str(op.summary) } : str(op.title) ? { summary: str(op.title) } : {}),
        ...(str(op.description) ? { description: str(op.description) } : {}),
        operationId: id,
        deprecated: op.deprecated === true,
        parameters: isObject(ch) ? parameters(ch) : [],
        responses: [],
        messages: list.flatMap((m) => messagesOf(m, id)),
      });
    }
  }
  const types: ApiType[] = Object.entries(schemaHome).map(([name, raw]) => {
    const schema = schemaTree(files, raw, opts) ?? { type: 'any', constraints: [] };
    return { name, anchor: schemaAnchors.get(name) as string, kind: schema.type, ...(schema.description ? { description: schema.description } : {}), schema: { ...schema, description: undefined } as typeof schema };
  });
  return {
    entityRef,
    format: 'asyncapi',
    formatLabel: `AsyncAPI ${version}`,
    ...(str(info.title) ? { title: str(info.title) } : {}),
    ...(info.version !== undefined ? { version: String(info.version) } : {}),
    ...(str(info.description) ? { description: str(info.description) } : {}),
    servers,
    groups: groups.filter((g) => g.operations.length > 0 || g.description),
    types,
  };
}

/**
 * The one positioned reader for every YAML and frontmatter input: parse with positions
 * (source.ts), read typed fields and report at `file:line:col` (fields.ts). fast-yaml.ts
 * is an internal speed-up of parseYamlFile.
 */
export {
  parseYamlFile,
  parseYamlMap,
  parseFrontmatter,
  positionAt,
  nodePosition,
  describeNode,
  FRONTMATTER,
  type Frontmatter,
  type Located,
  type ParseOptions,
  type SourcePosition,
  type YamlFile,
  type YamlMapFile,
} from './source.ts';
export {
  readContext,
  report,
  at,
  field,
  fieldPos,
  checkKeys,
  readText,
  textValue,
  readTextList,
  readMap,
  readDate,
  readNumber,
  readBoolean,
  readEnum,
  readRef,
  refValue,
  checkRef,
  type Field,
  type ReadContext,
} from './fields.ts';

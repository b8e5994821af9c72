/**
 * Schema validation of generated Kubernetes manifests: CRD kinds against the upstream CRDs in
 * ../shared/reference/crds (OpenAPI v3 structural schemas, adapted for ajv as the CRD README explains),
 * core kinds with kubernetes-models (which carries the upstream OpenAPI schemas).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse, parseAllDocuments } from 'yaml';

export const SHARED = join(import.meta.dirname, '..', '..', '..', 'shared');
const CRD_DIR = join(SHARED, 'reference', 'crds');

type Json = Record<string, unknown>;

/** Map Kubernetes OpenAPI extensions onto plain JSON Schema. */
function adapt(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(adapt);
  if (!node || typeof node !== 'object') return node;
  const src = node as Json;
  const out: Json = {};
  for (const [k, v] of Object.entries(src)) {
    if (k.startsWith('x-kubernetes-') || k === 'format') continue;
    out[k] = adapt(v);
  }
  if (src['x-kubernetes-int-or-string']) {
    delete out.type;
    out.anyOf = [{ type: 'integer' }, { type: 'string' }];
  }
  if (src['x-kubernetes-preserve-unknown-fields'] && out.type === 'object' && !out.properties) {
    out.additionalProperties = true;
  }
  if (
    out.type === 'object' &&
    out.properties &&
    out.additionalProperties === undefined &&
    !src['x-kubernetes-preserve-unknown-fields']
  ) {
    // Structural schemas prune unknown fields; we reject them so a typo never passes.
    out.additionalProperties = false;
  }
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true });
const compiled = new Map<string, ValidateFunction>();
let crdIndex: Map<string, { file: string; version: string }> | undefined;

/** Index CRD files by group/version/kind from their names, compiling a schema only when first used. */
function crdValidator(key: string): ValidateFunction | undefined {
  const hit = compiled.get(key);
  if (hit) return hit;
  if (!crdIndex) {
    crdIndex = new Map();
    for (const group of readdirSync(CRD_DIR, { withFileTypes: true })) {
      if (!group.isDirectory()) continue;
      for (const f of readdirSync(join(CRD_DIR, group.name))) {
        const file = join(CRD_DIR, group.name, f);
        const head = readFileSync(file, 'utf8');
        const g = /^\s{2}group: (\S+)/m.exec(head)?.[1];
        const kind = /^\s{4}kind: (\S+)/m.exec(head)?.[1];
        for (const m of head.matchAll(/^(?: {2}- | {4})name: (v\d\w*)$/gm))
          crdIndex.set(`${g}/${m[1]}/${kind}`, { file, version: m[1]! });
      }
    }
  }
  const entry = crdIndex.get(key);
  if (!entry) return undefined;
  const crd = parse(readFileSync(entry.file, 'utf8')) as Json;
  const spec = crd.spec as { versions: { name: string; schema: { openAPIV3Schema: Json } }[] };
  const version = spec.versions.find((v) => v.name === entry.version);
  if (!version) return undefined;
  const schema = adapt(version.schema.openAPIV3Schema) as Json;
  // metadata is validated by the API server, not by the CRD schema.
  (schema.properties as Json).metadata = { type: 'object' };
  const v = ajv.compile(schema);
  compiled.set(key, v);
  return v;
}

const CORE_MODELS: Record<string, () => Promise<{ new (data: unknown): { validate(): void } }>> = {
  'v1/Secret': async () => (await import('kubernetes-models/v1/Secret')).Secret as never,
  'v1/ConfigMap': async () => (await import('kubernetes-models/v1/ConfigMap')).ConfigMap as never,
  'v1/Namespace': async () => (await import('kubernetes-models/v1/Namespace')).Namespace as never,
  'networking.k8s.io/v1/Ingress': async () =>
    (await import('kubernetes-models/networking.k8s.io/v1/Ingress')).Ingress as never,
};

/** Validate one manifest; returns a list of error strings (empty when valid). */
export async function validateManifest(obj: Json): Promise<string[]> {
  const apiVersion = obj.apiVersion as string;
  const kind = obj.kind as string;
  const core = CORE_MODELS[`${apiVersion}/${kind}`];
  if (core) {
    const Model = await core();
    try {
      new Model(obj).validate();
      return [];
    } catch (err) {
      return [String((err as Error).message)];
    }
  }
  const v = crdValidator(`${apiVersion}/${kind}`);
  if (!v) return [`no schema known for ${apiVersion} ${kind}`];
  if (v(obj)) return [];
  return (v.errors ?? []).map((e) => `${e.instancePath} ${e.message} ${JSON.stringify(e.params)}`);
}

/** Validate every document of a multi-document YAML text. */
export async function validateManifestText(text: string): Promise<string[]> {
  const errors: string[] = [];
  for (const doc of parseAllDocuments(text)) {
    const obj = doc.toJS() as Json | null;
    if (!obj) continue;
    for (const e of await validateManifest(obj))
      errors.push(`${obj.kind}/${(obj.metadata as Json)?.name}: ${e}`);
  }
  return errors;
}

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { loadConfig, ZEnvSchema } from './env';

/**
 * The deployment files (infra/) are configuration for this API: a misspelt variable there is
 * silently ignored at run time, and a missing file only shows in a cluster. These checks read
 * them as the API and kustomize would.
 */
const root = resolve(__dirname, '../../../..');
const infra = join(root, 'infra');
const KNOWN = new Set(Object.keys(ZEnvSchema.shape));

// biome-ignore lint/suspicious/noExplicitAny: manifests are untyped YAML, read field by field
type Doc = Record<string, any>;

function docs(file: string): Doc[] {
  return parseAllDocuments(readFileSync(file, 'utf8'), { merge: true }).map((d) => d.toJS() as Doc);
}

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith('.yaml') ? [join(dir, e.name)] : [],
  );
}

const manifests = yamlFiles(join(infra, 'k8s')).filter((f) => !f.endsWith('kustomization.yaml'));
const kustomizations = yamlFiles(join(infra, 'k8s')).filter((f) => f.endsWith('kustomization.yaml'));
const objects = manifests.flatMap(docs);
const literals = (entries: { literals?: string[] }[] = []): Record<string, string> =>
  Object.fromEntries(
    entries
      .flatMap((e) => e.literals ?? [])
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );

/** Containers running the API image (api and worker), wherever they are declared. */
const apiContainers = objects
  .filter((o) => o.kind === 'Deployment')
  .flatMap((o) => (o.spec?.template?.spec?.containers ?? []) as Doc[])
  .filter((c) => c.image === 'ladder-api');

describe('deployment configuration (infra/)', () => {
  it('names only variables the API knows, in the config map, overlays, containers and compose', () => {
    const names = new Set<string>();
    for (const o of objects.filter((x) => x.kind === 'ConfigMap' && x.metadata?.name === 'ladder-config')) {
      for (const k of Object.keys(o.data ?? {})) names.add(k);
    }
    for (const k of kustomizations.map((f) => docs(f)[0] as Doc)) {
      for (const n of Object.keys(literals(k.configMapGenerator))) names.add(n);
      for (const n of Object.keys(literals(k.secretGenerator))) names.add(n);
    }
    for (const c of apiContainers) for (const e of (c.env ?? []) as Doc[]) names.add(e.name);
    const compose = docs(join(infra, 'docker-compose.yml'))[0] as Doc;
    for (const s of ['api', 'worker']) {
      for (const n of Object.keys(compose.services[s].environment)) names.add(n);
    }

    expect(apiContainers.length).toBeGreaterThanOrEqual(2);
    expect(names.size).toBeGreaterThan(10);
    expect([...names].filter((n) => !KNOWN.has(n))).toEqual([]);
  });

  it('gives the API a configuration it starts with in the development overlay and in compose', () => {
    const base = objects.find((o) => o.kind === 'ConfigMap' && o.metadata?.name === 'ladder-config') as Doc;
    const dev = docs(join(infra, 'k8s/overlays/dev/kustomization.yaml'))[0] as Doc;
    const fromDev = {
      ...base.data,
      ...literals(dev.configMapGenerator),
      ...literals(dev.secretGenerator),
      APP_ROLE: 'api',
    };
    expect(loadConfig(fromDev).env).toBe('production');

    const compose = docs(join(infra, 'docker-compose.yml'))[0] as Doc;
    // Compose substitutes ${VAR:-default} with the default when VAR is unset.
    const env = Object.fromEntries(
      Object.entries(compose.services.worker.environment as Record<string, string>).map(([k, v]) => [
        k,
        String(v).replace(/\$\{[A-Z_]+:-([^}]*)\}/g, '$1'),
      ]),
    );
    expect(loadConfig(env).role).toBe('worker');
  });

  it('lists only files that exist in every kustomization', () => {
    for (const file of kustomizations) {
      const k = docs(file)[0] as Doc;
      const paths = [
        ...(k.resources ?? []),
        ...((k.patches ?? []) as Doc[]).flatMap((p) => (p.path ? [p.path] : [])),
      ];
      expect(paths.length).toBeGreaterThan(0);
      for (const p of paths) expect([file, existsSync(join(dirname(file), p))]).toEqual([file, true]);
    }
  });

  it('copies only paths that exist into the container images', () => {
    for (const name of ['api.Dockerfile', 'web.Dockerfile']) {
      const copies = readFileSync(join(infra, 'docker', name), 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('COPY ') && !l.includes('--from='))
        .flatMap((l) => l.split(/\s+/).slice(1, -1));
      expect(copies.length).toBeGreaterThan(3);
      for (const src of copies) expect([name, src, existsSync(join(root, src))]).toEqual([name, src, true]);
    }
  });

  it('probes the API where it answers: /health outside the /api/v1 prefix', () => {
    for (const c of apiContainers) {
      expect(c.readinessProbe.httpGet.path).toBe('/health');
      expect(c.startupProbe.httpGet.path).toBe('/health');
    }
  });
});

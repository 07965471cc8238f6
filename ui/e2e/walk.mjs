// End-to-end walk through the console in Debian's Chromium (playwright-core, no downloaded browser).
//
//   npm run e2e                       starts ../server/target/dataaggregator.jar on a free port
//   DAGG_URL=http://localhost:8080 DAGG_ADMIN_PASSWORD=... npm run e2e    uses a running server
//
// It logs in, creates a PostgreSQL connection to a throwaway database it creates with psql, builds a
// CSV -> PostgreSQL pipeline in the builder by drag and drop, previews it, runs it and watches it
// finish live, counts the rows with psql, then logs in as a viewer who must see no edit buttons.
// Every page is screenshotted into e2e/screenshots/ and checked with axe-core (WCAG 2.x A and AA).
// Each step is reported; a step whose endpoint is missing says so. Exit code 1 if any step failed.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, readFileSync, existsSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const repo = resolve(here, '../..');
const shots = join(here, 'screenshots');
const CSV = join(repo, 'examples/data/airports.csv');
const CSV_ROWS = readFileSync(CSV, 'utf8').trim().split('\n').length - 1;
const PG = { host: process.env.PGHOST ?? '127.0.0.1', port: process.env.PGPORT ?? '5432', user: process.env.PGUSER ?? 'postgres' };
const ADMIN = { username: process.env.DAGG_ADMIN_USER ?? 'admin', password: process.env.DAGG_ADMIN_PASSWORD ?? `Walk-${Math.random().toString(36).slice(2, 10)}-Key-7` };
const VIEWER = { username: `viewer${Date.now().toString(36)}`, password: `Look-${Math.random().toString(36).slice(2, 10)}-Only-3` };
const database = `dagg_e2e_${Date.now().toString(36)}`;
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

const results = [];
const axeFindings = [];
const cleanups = [];
let shotNo = 0;
let serverPid = null;
/** Set once the browser is up: prints what a failing step leaves behind (see watch). */
let explain = async () => undefined;

function log(...a) {
  console.log(...a);
}

async function step(name, fn, { needs } = {}) {
  const blocker = needs?.find((n) => results.find((r) => r.name === n && r.status !== 'passed'));
  if (blocker) {
    results.push({ name, status: 'skipped', detail: `needs "${blocker}"` });
    log(`SKIP ${name} (needs "${blocker}")`);
    return;
  }
  const started = Date.now();
  try {
    const detail = await fn();
    results.push({ name, status: 'passed', detail: detail ?? '' });
    log(`PASS ${name} (${Date.now() - started} ms)${detail ? ` ${detail}` : ''}`);
  } catch (e) {
    results.push({ name, status: 'failed', detail: e.message.split('\n')[0] });
    log(`FAIL ${name}: ${e.message.split('\n').slice(0, 3).join(' | ')}`);
    await explain(started).catch((x) => log(`  (could not explain: ${x.message})`));
  }
}

/**
 * Watches the page so that a failing step explains itself: the requests still open and their age,
 * the step's requests, the WebSockets, the console and page errors, the page's text, and a thread
 * dump of the server when an API request is still open there.
 */
function watch(page) {
  const open = new Map();
  const done = [];
  const consoleLines = [];
  const sockets = [];
  const path = (u) => {
    const url = new URL(u);
    return url.pathname + (url.search ? url.search.replace(/access_token=[^&]+/, 'access_token=…') : '');
  };
  page.on('request', (r) => open.set(r, Date.now()));
  const finish = (outcome) => async (r) => {
    const at = open.get(r) ?? Date.now();
    const ms = Date.now() - at;
    open.delete(r);
    done.push({ at, line: `${r.method()} ${path(r.url())} ${await outcome(r)} in ${ms} ms` });
  };
  page.on('requestfinished', finish(async (r) => `-> ${(await r.response())?.status() ?? '?'}`));
  page.on('requestfailed', finish(async (r) => `failed: ${r.failure()?.errorText}`));
  page.on('console', (m) => consoleLines.push(`${m.type()}: ${m.text()}`.slice(0, 300)));
  page.on('pageerror', (e) => consoleLines.push(`pageerror: ${e.message}`.slice(0, 300)));
  page.on('websocket', (ws) => {
    const s = { url: path(ws.url()), opened: Date.now(), closed: null, frames: 0, last: [] };
    sockets.push(s);
    const frame = (dir) => (f) => {
      if (dir === 'in') s.frames++;
      s.last = [...s.last.slice(-5), `+${Date.now() - s.opened} ms ${dir} ${String(f.payload).slice(0, 160)}`];
    };
    ws.on('framereceived', frame('in'));
    ws.on('framesent', frame('out'));
    ws.on('close', () => (s.closed = Date.now()));
  });
  return async (since) => {
    const now = Date.now();
    const pending = [...open].map(([r, at]) => ({ r, age: now - at }));
    log(`  requests still open: ${pending.length ? '' : 'none'}`);
    for (const { r, age } of pending) log(`    ${r.method()} ${path(r.url())} (${r.resourceType()}) open ${age} ms`);
    const mine = done.filter((d) => d.at >= since).slice(-25);
    if (mine.length) log(`  requests of the step (last ${mine.length}):\n${mine.map((d) => `    +${d.at - since} ms ${d.line}`).join('\n')}`);
    for (const s of sockets.slice(-3)) {
      log(`  websocket ${s.url}: opened +${s.opened - since} ms, ${s.frames} frame(s) in, ${s.closed ? `closed +${s.closed - since} ms` : 'open'}`);
      for (const f of s.last) log(`    ${f}`);
    }
    if (consoleLines.length) log(`  console (last 15):\n${consoleLines.slice(-15).map((l) => `    ${l}`).join('\n')}`);
    const text = await page.locator('body').innerText({ timeout: 2000 }).catch((e) => `(no text: ${e.message})`);
    log(`  page ${page.url()} reads: ${text.replace(/\s+/g, ' ').slice(0, 600)}`);
    if (serverPid && pending.some(({ r }) => new URL(r.url()).pathname.startsWith('/api/'))) {
      // jcmd, not jstack: Tomcat serves requests on virtual threads, which only this dump lists.
      const jcmd = process.env.JCMD ?? '/usr/lib/jvm/temurin-25-jdk-amd64/bin/jcmd';
      const file = join(shots, `threads-${Date.now()}.txt`);
      try {
        execFileSync(jcmd, [String(serverPid), 'Thread.dump_to_file', file], { encoding: 'utf8' });
        log(`  server thread dump (virtual threads too): ${file}`);
      } catch (e) {
        log(`  no server thread dump: ${e.message.split('\n')[0]}`);
      }
    }
  };
}

const psql = (sql, db = 'postgres') => execFileSync('psql', ['-h', PG.host, '-p', PG.port, '-U', PG.user, '-d', db, '-tAc', sql], { encoding: 'utf8' }).trim();

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => ok(port));
    });
    s.on('error', fail);
  });
}

async function startServer() {
  if (process.env.DAGG_URL) return process.env.DAGG_URL.replace(/\/$/, '');
  const jar = join(repo, 'server/target/dataaggregator.jar');
  if (!existsSync(jar)) throw new Error(`${jar} is missing: build it with ./mvnw -pl server -am package -DskipTests`);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'dagg-e2e-'));
  const logFile = join(here, 'screenshots', 'server.log');
  const out = [];
  // The README's start command, which runs the jar extracted: run nested (java -jar), Spring Boot
  // 4.1.0's jar loader can deadlock virtual threads that load classes (spring-boot#51463).
  const child = spawn(join(repo, 'dagg'), ['server', '--port', String(port), '--data-dir', dataDir], {
    cwd: repo,
    env: { ...process.env, DAGG_ADMIN_PASSWORD: ADMIN.password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  serverPid = child.pid;
  child.stdout.on('data', (d) => out.push(d));
  child.stderr.on('data', (d) => out.push(d));
  cleanups.push(async () => {
    child.kill('SIGTERM');
    await new Promise((ok) => (child.exitCode !== null ? ok() : child.once('exit', ok)));
    writeFileSync(logFile, Buffer.concat(out));
    rmSync(dataDir, { recursive: true, force: true });
  });
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}: ${Buffer.concat(out).toString().slice(-2000)}`);
    try {
      const r = await fetch(`${url}/actuator/health`);
      if (r.ok) return url;
    } catch {
      /* not up yet */
    }
    await new Promise((ok) => setTimeout(ok, 500));
  }
  throw new Error('server did not become healthy in 120 s');
}

async function axeCheck(page, name) {
  const axeSource = readFileSync(join(here, '../node_modules/axe-core/axe.min.js'), 'utf8');
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const r = await window.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 3).map((n) => n.target.join(' ')) }));
  });
  for (const v of violations) axeFindings.push({ page: name, ...v });
  return violations;
}

async function visit(page, path, name, { waitFor } = {}) {
  await page.goto(new URL(path, page.url()).toString());
  await page.waitForLoadState('networkidle').catch(() => undefined);
  if (waitFor) await page.waitForSelector(waitFor, { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(300);
  return snap(page, name);
}

async function snap(page, name) {
  const file = join(shots, `${String(++shotNo).padStart(2, '0')}-${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  const violations = await axeCheck(page, name);
  return violations.length ? `${violations.length} axe violation(s): ${violations.map((v) => v.id).join(', ')}` : 'no axe violations';
}

/** What the API answers, for messages that say which endpoint is missing. */
async function probe(base, token, method, path) {
  const r = await fetch(base + path, { method, headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' }, body: method === 'GET' ? undefined : '{}' });
  return r.status;
}

async function login(page, base, who) {
  await page.goto(`${base}/login`);
  await page.getByLabel('Username').fill(who.username);
  await page.getByLabel('Password').fill(who.password);
  await page.getByRole('button', { name: 'Log in' }).click();
  await page.waitForSelector('[data-testid="whoami"]', { timeout: 15_000 });
}

async function dragTo(page, source, target, to) {
  await source.dragTo(target, { targetPosition: to });
}

async function main() {
  rmSync(shots, { recursive: true, force: true });
  mkdirSync(shots, { recursive: true });
  const base = await startServer();
  log(`server: ${base}`);
  psql(`CREATE DATABASE ${database}`);
  cleanups.push(async () => psql(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  log(`throwaway database: ${database}`);

  const userDir = mkdtempSync(join(tmpdir(), 'dagg-chromium-'));
  cleanups.push(async () => rmSync(userDir, { recursive: true, force: true }));
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: chromiumPath,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    viewport: { width: 1366, height: 900 },
  });
  cleanups.push(async () => context.close());
  const page = context.pages()[0] ?? (await context.newPage());
  page.setDefaultTimeout(15_000);
  explain = watch(page);
  const apiErrors = [];
  page.on('response', (r) => {
    if (r.url().includes('/api/') && r.status() >= 400) apiErrors.push(`${r.request().method()} ${new URL(r.url()).pathname} -> ${r.status()}`);
  });
  const token = async () => {
    const r = await fetch(`${base}/api/v1/auth/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(ADMIN) });
    return (await r.json()).accessToken;
  };

  await step('login page', async () => {
    await page.goto(`${base}/login`);
    await page.getByLabel('Username').waitFor();
    return snap(page, 'login');
  });
  await step('log in as admin', async () => {
    await login(page, base, ADMIN);
    return snap(page, 'dashboard');
  });
  await step('create a viewer user (users page)', async () => {
    await visit(page, '/users', 'users');
    const form = page.getByRole('form', { name: 'New user' });
    await form.getByLabel('Username').fill(VIEWER.username);
    await form.getByLabel('Email').fill(`${VIEWER.username}@example.org`);
    await form.getByLabel('Password').fill(VIEWER.password);
    await form.getByLabel('Role').selectOption('VIEWER');
    await form.getByRole('button', { name: 'Create user' }).click();
    await page.getByText(`User ${VIEWER.username} created.`).waitFor();
  }, { needs: ['log in as admin'] });

  let connectionUrl = '';
  await step('create a PostgreSQL connection', async () => {
    const status = await probe(base, await token(), 'GET', '/api/v1/connectors');
    if (status === 404) throw new Error('endpoint missing: GET /api/v1/connectors answers 404 (connections feature not merged)');
    await visit(page, '/connections/new', 'connection-new');
    await page.getByLabel('Name', { exact: false }).first().fill('e2e-warehouse');
    await page.getByLabel('Connector').selectOption('postgres');
    await page.getByLabel(/^Database/).fill(database);
    await page.locator('summary', { hasText: 'More settings' }).click();
    await page.getByLabel(/^Host/).fill(PG.host);
    await page.getByLabel(/^User/).fill(PG.user);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/connections\/[0-9a-f-]{8,}/);
    connectionUrl = page.url();
  }, { needs: ['log in as admin'] });
  await step('test the connection', async () => {
    await page.getByRole('button', { name: 'Test' }).click();
    const text = await page.getByTestId('check-result').textContent({ timeout: 30_000 });
    if (!/works/.test(text)) throw new Error(text);
    return text;
  }, { needs: ['create a PostgreSQL connection'] });
  await step('discover the connection', async () => {
    await page.getByRole('button', { name: 'Discover' }).click();
    await page.getByRole('heading', { name: /Streams \(\d+\)/ }).waitFor({ timeout: 30_000 });
    return snap(page, 'connection-tested');
  }, { needs: ['create a PostgreSQL connection'] });

  let pipelineUrl = '';
  await step('build CSV -> PostgreSQL in the builder by drag and drop', async () => {
    const status = await probe(base, await token(), 'GET', '/api/v1/transforms');
    if (status === 404) throw new Error('endpoint missing: GET /api/v1/transforms answers 404');
    await visit(page, '/pipelines/new', 'builder-empty');
    const canvas = page.getByTestId('canvas');
    await page.getByTestId('palette-source-csv').waitFor();
    await dragTo(page, page.getByTestId('palette-source-csv'), canvas, { x: 30, y: 60 });
    const dest = page.locator('[data-testid^="palette-destination-conn-"]', { hasText: 'e2e-warehouse' });
    await dragTo(page, dest.first(), canvas, { x: 240, y: 220 });
    await page.getByTestId('node-source-csv').waitFor();
    await page.getByTestId('node-destination-postgres').waitFor();
    // Connect: from the source's output handle to the destination's input handle.
    const out = page.locator('.react-flow__node-source .react-flow__handle.source');
    const inp = page.locator('.react-flow__node-destination .react-flow__handle.target');
    const a = await out.boundingBox();
    const b = await inp.boundingBox();
    await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
    await page.mouse.down();
    await page.mouse.move((a.x + b.x) / 2, (a.y + b.y) / 2, { steps: 5 });
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 5 });
    await page.mouse.up();
    await page.locator('.react-flow__edge').first().waitFor();
    // Configure the source: its path.
    await page.getByTestId('node-source-csv').click();
    await page.getByLabel(/^Path/).fill(CSV);
    await page.getByTestId('node-destination-postgres').click();
    await page.getByLabel('Write mode').selectOption('overwrite');
    await page.getByLabel(/^Table/).fill('airports');
    await page.getByLabel(/^Name/).first().fill('airports-to-postgres');
    const problems = await page.getByTestId('node-problems').count();
    if (problems) throw new Error(`nodes still show ${problems} problem list(s)`);
    await snap(page, 'builder-built');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.waitForURL(/\/pipelines\/[0-9a-f-]{8,}$/, { timeout: 15_000 }).catch(async () => {
      const msg = await page.getByRole('alert').allTextContents();
      throw new Error(`not saved: ${msg.join(' ')}`);
    });
    pipelineUrl = page.url();
    await page.getByText(/Saved as version/).waitFor();
  }, { needs: ['create a PostgreSQL connection'] });

  await step('preview the rows after the source', async () => {
    await page.getByTestId('node-source-csv').click();
    await page.getByRole('button', { name: 'Preview rows after this node' }).click();
    await page.getByTestId('preview').waitFor({ timeout: 30_000 });
    const rows = await page.locator('[data-testid="preview"] tbody tr').count();
    if (rows === 0) throw new Error('the preview shows no rows');
    await snap(page, 'builder-preview');
    return `${rows} rows shown`;
  }, { needs: ['build CSV -> PostgreSQL in the builder by drag and drop'] });

  let runUrl = '';
  await step('run it and watch it finish live', async () => {
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.waitForURL(/\/runs\/[0-9a-f-]{8,}/);
    runUrl = page.url();
    await snap(page, 'run-live');
    // No reload: the page must move to succeeded by itself (WebSocket, or its polling fallback).
    await page.locator('[data-testid="run-status"]', { hasText: /succeeded|failed|cancelled/ }).waitFor({ timeout: 180_000 });
    const status = (await page.getByTestId('run-status').textContent()).trim();
    const live = await page.getByText(/Live updates:/).textContent();
    await snap(page, 'run-finished');
    if (status !== 'succeeded') throw new Error(`the run ended ${status}`);
    return `${status}; ${live.trim()}; written ${await page.getByTestId('rows-written').textContent()}`;
  }, { needs: ['build CSV -> PostgreSQL in the builder by drag and drop'] });

  await step('the rows are in PostgreSQL', async () => {
    const count = Number(psql('SELECT count(*) FROM airports', database));
    if (count !== CSV_ROWS) throw new Error(`expected ${CSV_ROWS} rows in airports, found ${count}`);
    return `${count} rows`;
  }, { needs: ['run it and watch it finish live'] });

  await step('schema mapping with suggestions (not saved)', async () => {
    await page.goto(pipelineUrl);
    await page.getByRole('button', { name: 'Add Map to a target schema (map)' }).click();
    await page.getByRole('button', { name: 'Schema mapping…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Schema mapping' });
    await dialog.getByTestId('source-field-iata').waitFor({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Add target field' }).click();
    await dialog.getByLabel('Target 1 name').fill('airport_code');
    await dialog.getByTestId('source-field-iata').dragTo(dialog.getByTestId('target-field-airport_code'));
    const mapped = await dialog.getByLabel('Source of airport_code').inputValue();
    if (mapped !== 'iata') throw new Error(`dragging iata onto airport_code mapped "${mapped}"`);
    await dialog.getByRole('button', { name: 'Add target field' }).click();
    await dialog.getByLabel('Target 2 name').fill('city');
    await dialog.getByRole('button', { name: 'Suggest mappings' }).click();
    await dialog.getByRole('heading', { name: 'Suggestions' }).or(dialog.getByRole('alert')).first().waitFor();
    await snap(page, 'mapping-editor');
    const error = await dialog.getByRole('alert').count();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    if (error) throw new Error(`suggestions failed: ${await page.getByRole('alert').first().textContent().catch(() => '')}`);
  }, { needs: ['build CSV -> PostgreSQL in the builder by drag and drop'] });

  await step('screenshot and axe-check every page', async () => {
    const pages = [
      ['/', 'dashboard-after'],
      ['/connections', 'connections'],
      ['/pipelines', 'pipelines'],
      ['/runs', 'runs'],
      ['/schedules', 'schedules'],
      ['/monitoring', 'monitoring'],
      ['/logs', 'logs'],
      ['/users', 'users-after'],
      ['/audit', 'audit'],
      ['/api-keys', 'api-keys'],
      ['/settings', 'settings'],
    ];
    if (pipelineUrl) pages.push([`${new URL(pipelineUrl).pathname}/mapping`, 'mapping']);
    const notes = [];
    for (const [path, name] of pages) notes.push(`${name}: ${await visit(page, path, name)}`);
    // Dark theme: chosen in the settings, checked for contrast like the light one.
    await visit(page, '/settings', 'settings-before-dark');
    await page.getByLabel('Theme').selectOption('dark');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.getByText('Preferences saved.').waitFor();
    for (const [path, name] of [['/', 'dark-dashboard'], [runUrl && new URL(runUrl).pathname, 'dark-run'], [pipelineUrl && new URL(pipelineUrl).pathname, 'dark-builder'], ['/settings', 'dark-settings']]) {
      if (path) notes.push(`${name}: ${await visit(page, path, name)}`);
    }
    await page.getByLabel('Theme').selectOption('light');
    await page.getByRole('button', { name: 'Save preferences' }).click();
    await page.getByText('Preferences saved.').waitFor();
    await page.setViewportSize({ width: 390, height: 844 });
    notes.push(`phone pipelines: ${await visit(page, '/pipelines', 'phone-pipelines')}`);
    await page.getByRole('button', { name: 'Menu' }).click();
    notes.push(`phone menu: ${await snap(page, 'phone-menu')}`);
    await page.setViewportSize({ width: 1366, height: 900 });
    await page.getByRole('button', { name: 'Log out' }).click();
    await page.waitForURL(/\/login/);
    return notes.filter((n) => !n.endsWith('no axe violations')).join('; ') || 'all pages clean';
  }, { needs: ['log in as admin'] });

  await step('a viewer sees no edit buttons', async () => {
    await page.evaluate(() => localStorage.clear());
    await login(page, base, VIEWER);
    const forbidden = [/^New pipeline$/, /^Import YAML$/, /^Save$/, /^Run( |$)/, /^Delete$/, /^New connection$/, /^Test$/, /^Discover$/, /^Cancel run$/, /^Retry$/];
    const checked = [];
    const urls = ['/pipelines', '/connections', pipelineUrl && new URL(pipelineUrl).pathname, connectionUrl && new URL(connectionUrl).pathname, runUrl && new URL(runUrl).pathname].filter(Boolean);
    for (const path of urls) {
      await visit(page, path, `viewer-${path.split('/')[1]}${path.split('/').length > 2 ? '-detail' : ''}`);
      for (const name of forbidden) {
        const n = (await page.getByRole('button', { name }).count()) + (await page.getByRole('link', { name }).count());
        if (n) throw new Error(`viewer sees "${name}" on ${path}`);
      }
      const nav = await page.getByRole('navigation', { name: 'Main' }).textContent();
      if (/Users & roles|Audit log/.test(nav)) throw new Error('viewer sees admin pages in the menu');
      checked.push(path);
    }
    return `checked ${checked.join(', ')}`;
  }, { needs: ['create a viewer user (users page)'] });

  if (apiErrors.length) log(`API answers >= 400 seen by the browser:\n  ${[...new Set(apiErrors)].join('\n  ')}`);
}

let exit = 0;
try {
  await main();
} catch (e) {
  log(`walk aborted: ${e.stack ?? e}`);
  exit = 1;
} finally {
  for (const c of cleanups.reverse()) await c().catch((e) => log(`cleanup: ${e.message}`));
}
if (axeFindings.length) {
  log('\naxe-core violations (WCAG A/AA):');
  for (const f of axeFindings) log(`  ${f.page}: ${f.id} (${f.impact}) ${f.help} at ${f.nodes.join(', ')}`);
}
const passed = results.filter((r) => r.status === 'passed').length;
const failed = results.filter((r) => r.status === 'failed').length;
const skipped = results.filter((r) => r.status === 'skipped').length;
log(`\nscreenshots in ${shots}`);
log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(exit || failed || skipped || axeFindings.length ? 1 : 0);

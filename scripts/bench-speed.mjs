// npm run bench:speed: speed, memory and scaling of précis, natively and as
// WebAssembly in Node, against the bare UAX #29 word-bound pass and against peers,
// all on the same inputs and in the same run, so the figures that matter are ratios.
// The samples are interleaved (round after round, every measure once a round: native
// through benches/speed.rs as a server, wasm in this process, the word-bound pass),
// so that a machine whose speed drifts moves all of them together.
//
// Inputs (written to target/bench-speed/, never committed) are built from
// ../shared/eval-data: English = CNN/DM + BBC articles, French = OrangeSum articles,
// each concatenated (cycled when the sets are smaller than the size) and cut to
// 10 KB, 100 KB, 1 MB and 10 MB; "no punctuation" = the English 1 MB with every
// punctuation mark removed and lines joined (one 1 MB sentence); CJK = the Chinese
// and Japanese sentence-suite texts cycled to 1 MB.
//
// Prints a Markdown table, writes target/bench-speed.json and rewrites BENCHMARKS.md's
// bench:speed block. `--memory <file>` (used internally) measures one input in a
// fresh process: wasm linear memory before and after, and Node's peak RSS.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { initSync, summarize } from '../pkg/web/precis.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const EVAL = join(ROOT, '../shared/eval-data');
const OUT = join(ROOT, 'target/bench-speed');
const PEERS = join(ROOT, 'benches/peers');
const KB = 1024;
const MB = 1024 * KB;
const wasmExports = initSync({ module: readFileSync(join(ROOT, 'pkg/web/precis_bg.wasm')) });

async function main() {
  mkdirSync(OUT, { recursive: true });
  const inputs = buildInputs();
  console.error(`[bench:speed] native (cargo bench --bench speed) and WebAssembly in Node, interleaved, ${ROUNDS} rounds…`);
  const native = nativeBench(inputs);
  const samples = await interleaved(inputs.flatMap((input, i) => [
    [`native ${input.name}`, (runs) => native.run(i, 'summarize', runs)],
    [`wasm ${input.name}`, (runs) => meanSeconds(() => summarize(input.text), runs)],
    [`words ${input.name}`, (runs) => native.run(i, 'words', runs)],
  ]));
  native.close();
  const times = Object.fromEntries(inputs.map((i) => [i.name, {
    native: samples[`native ${i.name}`], wasm: samples[`wasm ${i.name}`], wordBounds: samples[`words ${i.name}`],
  }]));
  console.error('[bench:speed] memory (a fresh process per input)…');
  const memory = Object.fromEntries(inputs.map((i) => [i.name, memoryInChild(i.file, 1)]));
  const repeated = memoryInChild(inputs.find((i) => i.name === 'en 10 KB').file, 1000);
  console.error('[bench:speed] peers, interleaved with précis…');
  const peers = await runPeers(inputs.filter((i) => ['en 10 KB', 'en 100 KB'].includes(i.name)));
  const sumy = runSumy(inputs.find((i) => i.name === 'en 100 KB'));
  const report = { machine: machine(), rounds: ROUNDS, inputs: inputs.map(({ text, ...rest }) => rest), times, memory, repeated, peers, sumy };
  writeFileSync(join(OUT, '../bench-speed.json'), `${JSON.stringify(report, null, 2)}\n`);
  const table = markdown(report);
  console.log(table);
  execFileSync('node', [join(ROOT, 'scripts/doc-block.mjs'), 'BENCHMARKS.md', 'bench:speed'], { input: table, cwd: ROOT });
}

// ---- inputs -----------------------------------------------------------------------

function texts(set) {
  return readFileSync(join(EVAL, set), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).text);
}

/** `pieces` joined by blank lines, cycled, cut at a character boundary to at most `bytes` UTF-8 bytes. */
function fill(pieces, bytes) {
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const piece = `${pieces[i % pieces.length]}\n\n`;
    const length = Buffer.byteLength(piece);
    if (size + length <= bytes) {
      out.push(piece);
      size += length;
      continue;
    }
    let cut = '';
    for (const char of piece) {
      const n = Buffer.byteLength(char);
      if (size + n > bytes) break;
      cut += char;
      size += n;
    }
    out.push(cut);
    break;
  }
  return out.join('');
}

function buildInputs() {
  const english = [...texts('cnndm_dev/data.jsonl'), ...texts('bbc_news_summary/data.jsonl')];
  const french = texts('orangesum_dev/data.jsonl');
  const cjk = ['pysbd_tests/zh.jsonl', 'pysbd_tests/ja.jsonl', 'golden_rules/ja.jsonl'].flatMap(texts);
  const sizes = [['10 KB', 10 * KB], ['100 KB', 100 * KB], ['1 MB', MB], ['10 MB', 10 * MB]];
  const inputs = [
    ...sizes.map(([label, bytes]) => ({ name: `en ${label}`, text: fill(english, bytes) })),
    ...sizes.map(([label, bytes]) => ({ name: `fr ${label}`, text: fill(french, bytes) })),
    { name: 'no punctuation 1 MB', text: fill(english, MB).replace(/[\p{P}\p{S}]/gu, '').replace(/\s+/g, ' ') },
    { name: 'CJK 1 MB', text: fill(cjk, MB) },
  ];
  for (const input of inputs) {
    input.file = join(OUT, `${input.name.replace(/ /g, '-')}.txt`);
    input.bytes = Buffer.byteLength(input.text);
    writeFileSync(input.file, input.text);
  }
  return inputs;
}

// ---- measuring --------------------------------------------------------------------

/** Rounds of samples: every measure is sampled once a round, so that all of them see
 * the same machine (a noisy one drifts from minute to minute) and their ratios hold. */
const ROUNDS = 7;
/** A sample repeats the work until it takes about this long, so that small inputs are
 * not timer noise. */
const SAMPLE_SECONDS = 0.05;

/** Mean seconds per run of `work`, run `runs` times in a row. */
function meanSeconds(work, runs) {
  const started = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) work();
  return Number(process.hrtime.bigint() - started) / 1e9 / runs;
}

/** `measures` ([name, sample(runs) -> seconds a run] pairs) sampled round-robin,
 * after a warm-up sample of each that also sets its runs a sample: the median of
 * each measure over `ROUNDS` rounds, by name. */
async function interleaved(measures) {
  const runs = [];
  for (const [, sample] of measures) {
    const once = Math.max(await sample(1), 1e-6);
    runs.push(Math.max(1, Math.round(SAMPLE_SECONDS / once)));
  }
  const times = measures.map(() => []);
  for (let round = 0; round < ROUNDS; round++) {
    for (const [m, [, sample]] of measures.entries()) times[m].push(await sample(runs[m]));
  }
  const median = (xs) => xs.sort((a, b) => a - b)[Math.floor(xs.length / 2)];
  return Object.fromEntries(measures.map(([name], m) => [name, median(times[m])]));
}

/** The native bench as a server (benches/speed.rs): `run(file index, work, runs)`
 * answers with its mean seconds a run. */
function nativeBench(inputs) {
  execFileSync('cargo', ['bench', '--quiet', '--bench', 'speed', '--no-run'], { cwd: ROOT, stdio: 'inherit' });
  const child = spawn('cargo', ['bench', '--quiet', '--bench', 'speed', '--', ...inputs.map((i) => i.file)], {
    cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'],
  });
  const answers = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  return {
    async run(index, work, runs) {
      child.stdin.write(`${index} ${work} ${runs}\n`);
      const { value, done } = await answers.next();
      if (done || !/^[0-9.e-]+$/.test(value)) throw new Error(`native bench: ${done ? 'exited' : value}`);
      return Number(value);
    },
    close: () => child.stdin.end(),
  };
}

/** In this (fresh) process: wasm memory and RSS around `calls` summaries of `file`. */
function measureMemory(file, calls) {
  const text = readFileSync(file, 'utf8');
  const memory = () => wasmExports.memory.buffer.byteLength;
  const before = memory();
  summarize(text);
  const afterOne = memory();
  for (let i = 1; i < calls; i++) summarize(text);
  return { before, afterOne, after: memory(), maxRss: process.resourceUsage().maxRSS * 1024 };
}

function memoryInChild(file, calls) {
  const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--memory', file, String(calls)], { encoding: 'utf8' });
  return JSON.parse(out);
}

/** The JS summarizers that install from npm, on the same texts in this process,
 * sampled in rounds with précis on the same texts (`precis` in the result). */
async function runPeers(inputs) {
  if (!existsSync(join(PEERS, 'node_modules'))) {
    console.error('[bench:speed] npm ci in benches/peers (once)');
    execFileSync('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: PEERS, stdio: 'inherit' });
  }
  const require = createRequire(join(PEERS, 'package.json'));
  const peers = {};
  const measures = inputs.map((i) => [`précis\t${i.name}`, (runs) => meanSeconds(() => summarize(i.text), runs)]);
  const add = (name, load) => {
    try {
      const run = load();
      for (const i of inputs) run(i.text); // fails here rather than inside the rounds
      peers[name] = {};
      for (const i of inputs) measures.push([`${name}\t${i.name}`, (runs) => meanSeconds(() => run(i.text), runs)]);
    } catch (err) {
      peers[name] = { error: String(err?.message ?? err).split('\n')[0] };
    }
  };
  add('wink-nlp 2.4 (sentenceWiseImportance)', () => {
    const nlp = require('wink-nlp')(require('wink-eng-lite-web-model'));
    return (text) => nlp.readDoc(text).out(nlp.its.sentenceWiseImportance);
  });
  add('lexrank 1.0.5', () => {
    const lexrank = require('lexrank');
    return (text) => lexrank.summarize(text, 5, (err) => { if (err) throw err; });
  });
  add('node-summarizer 1.0.7 (frequency)', () => {
    const { SummarizerManager } = require('node-summarizer');
    return (text) => new SummarizerManager(text, 5).getSummaryByFrequency();
  });
  add('ts-textrank 1.0.3', () => {
    const t = require('ts-textrank');
    const config = new t.AbsoluteSummarizerConfig(5, new t.SorensenDiceSimilarity(), new t.DefaultTextParser(), 0.85, t.Summarizer.SORT_OCCURENCE);
    const summarizer = new t.Summarizer(config, new t.NullLogger());
    return (text) => summarizer.summarize(text, 'en');
  });
  const precis = {};
  for (const [key, seconds] of Object.entries(await interleaved(measures))) {
    const [name, input] = key.split('\t');
    (name === 'précis' ? precis : peers[name])[input] = seconds;
  }
  return { precis, peers };
}

/** sumy's LexRank on `input` in a separate Python process (venv in target/, created once). */
function runSumy(input) {
  const venv = join(ROOT, 'target/sumy-venv');
  const python = join(venv, 'bin/python');
  try {
    if (!existsSync(python)) {
      console.error('[bench:speed] pip install sumy (once, into target/sumy-venv)');
      execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
      execFileSync(python, ['-m', 'pip', 'install', '-q', '-r', join(PEERS, 'requirements.txt')], { stdio: 'inherit' });
    }
  } catch (err) {
    return { error: `sumy could not be installed: ${err.message.split('\n')[0]}` };
  }
  const started = process.hrtime.bigint();
  const run = spawnSync(python, [join(PEERS, 'sumy_lexrank.py'), input.file], { encoding: 'utf8' });
  const wall = Number(process.hrtime.bigint() - started) / 1e9;
  if (run.status !== 0) return { error: run.stderr.trim().split('\n').pop() };
  return { input: input.name, wall, inside: Number(run.stdout.trim()) };
}

// ---- report -----------------------------------------------------------------------

function machine() {
  return `${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, Node ${process.version}`;
}

const mbps = (bytes, seconds) => (bytes / MB / seconds).toFixed(1);
const ms = (seconds) => (seconds * 1000 < 10 ? (seconds * 1000).toFixed(2) : (seconds * 1000).toFixed(0));
const ratio = (x) => (x < 10 ? x.toFixed(2) : x.toFixed(0));

function markdown({ machine, rounds, inputs, times, memory, repeated, peers, sumy }) {
  const lines = [
    `Measured on ${machine}; each time is the median of ${rounds} rounds, after a warm-up, in which every measure of the table is sampled once (native, wasm and word-bound pass interleaved, input after input), so that all of them see the same machine.`,
    '',
  ];
  lines.push('| input | bytes | native ms | MB/s | wasm ms | MB/s | wasm / native | word-bound pass ms | wasm / word-bound | wasm memory peak / input | Node peak RSS |');
  lines.push('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const i of inputs) {
    const { native, wasm, wordBounds } = times[i.name];
    const m = memory[i.name];
    lines.push(`| ${i.name} | ${i.bytes.toLocaleString('en')} | ${ms(native)} | ${mbps(i.bytes, native)} | ${ms(wasm)} | ${mbps(i.bytes, wasm)} | ${ratio(wasm / native)} | ${ms(wordBounds)} | ${ratio(wasm / wordBounds)} | ${(m.afterOne / i.bytes).toFixed(1)}x (${(m.afterOne / MB).toFixed(0)} MB) | ${(m.maxRss / MB).toFixed(0)} MB |`);
  }
  lines.push('');
  for (const lang of ['en', 'fr']) {
    const [small, large] = [times[`${lang} 1 MB`], times[`${lang} 10 MB`]];
    lines.push(`Scaling, ${lang}: time(10 MB) / time(1 MB) = native ${ratio(large.native / small.native)}, wasm ${ratio(large.wasm / small.wasm)}.`);
  }
  lines.push(`Memory after 1000 summaries of en 10 KB in a row: ${(repeated.after / KB).toFixed(0)} KB of wasm memory (${(repeated.afterOne / KB).toFixed(0)} KB after the first).`);
  lines.push('', `Peers, in the same Node process, sampled in ${rounds} rounds of their own with précis's wasm:`, '');
  lines.push('| summarizer | en 10 KB ms | en 100 KB ms | précis wasm is faster, 100 KB |', '|---|---:|---:|---:|');
  const ours = peers.precis['en 100 KB'];
  lines.push(`| précis (wasm) | ${ms(peers.precis['en 10 KB'])} | ${ms(ours)} | |`);
  for (const [name, t] of Object.entries(peers.peers)) {
    if (t.error) lines.push(`| ${name} | did not run: ${t.error} | | |`);
    else lines.push(`| ${name} | ${ms(t['en 10 KB'])} | ${ms(t['en 100 KB'])} | ${ratio(t['en 100 KB'] / ours)}x |`);
  }
  if (sumy.error) lines.push(`| sumy (Python) | did not run: ${sumy.error} | | |`);
  else lines.push(`| sumy 0.11 LexRank (Python, own process, one run: wall time incl. start-up; summarizing alone ${ms(sumy.inside)} ms) | | ${ms(sumy.wall)} | ${ratio(sumy.wall / ours)}x |`);
  return lines.join('\n');
}

// ---- entry point ------------------------------------------------------------------

if (process.argv[2] === '--memory') {
  console.log(JSON.stringify(measureMemory(process.argv[3], Number(process.argv[4] ?? 1))));
  process.exit(0);
}
if (!existsSync(join(EVAL, 'cnndm_dev/data.jsonl'))) {
  console.log(`Speed benchmark NOT RUN: the evaluation data is absent (${EVAL}).`);
  console.log('It lives beside the checkout in ../shared and is never copied into this repository.');
  process.exit(0);
}
await main();

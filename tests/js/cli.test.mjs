// The command line (bin/precis.mjs), run as a child process: file and standard input,
// the length options, --json, --help, --version, and the exit status of each failure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as precis from 'precis';

const CLI = fileURLToPath(new URL('../../bin/precis.mjs', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/ceasefire_talks.txt', import.meta.url));
const text = readFileSync(FIXTURE, 'utf8');

/** Runs the command with `args` and `input` on standard input; returns status, stdout, stderr. */
function run(args, input = '') {
  const { status, stdout, stderr } = spawnSync(process.execPath, [CLI, ...args], { input, encoding: 'utf8', timeout: 30_000 });
  return { status, stdout, stderr };
}
/** The summary's sentences as the command prints them: one a line, spaces collapsed. */
const lines = (summary) => summary.sentences.map((s) => `${s.text.replace(/\s+/g, ' ')}\n`).join('');

test('prints the summary of a file, one sentence a line', () => {
  const { status, stdout, stderr } = run([FIXTURE]);
  assert.equal(stderr, '');
  assert.equal(status, 0);
  assert.equal(stdout, lines(precis.summarize(text)));
  assert.ok(stdout.split('\n').length > 2);
});

test('reads standard input when the file is "-" or missing', () => {
  const expected = lines(precis.summarize(text, { sentences: 2 }));
  assert.deepEqual(run(['-', '--sentences', '2'], text), { status: 0, stdout: expected, stderr: '' });
  assert.deepEqual(run(['--sentences', '2'], text), { status: 0, stdout: expected, stderr: '' });
});

test('--sentences, --ratio, --words, --language and --focus set the summarize options', () => {
  for (const [args, options] of [
    [['--sentences', '4'], { sentences: 4 }],
    [['--ratio', '0.5'], { ratio: 0.5 }],
    [['--words', '45'], { maxWords: 45 }],
    [['--focus', 'humanitarian', '--sentences', '2'], { focus: 'humanitarian', sentences: 2 }],
  ]) {
    const { status, stdout } = run([FIXTURE, ...args]);
    assert.equal(status, 0, args.join(' '));
    assert.equal(stdout, lines(precis.summarize(text, options)), args.join(' '));
  }
  assert.equal(run([FIXTURE, '--sentences', '4']).stdout.trimEnd().split('\n').length, 4);
  assert.match(run([FIXTURE, '--focus', 'humanitarian', '--sentences', '2']).stdout, /humanitarian corridor/);
  assert.doesNotMatch(run([FIXTURE, '--sentences', '2']).stdout, /humanitarian corridor/);
  assert.equal(JSON.parse(run([FIXTURE, '--json', '--language', 'fr']).stdout).language, 'fr');
  assert.equal(JSON.parse(run([FIXTURE, '--json']).stdout).language, 'en');
});

test('--json prints the whole result: sentences with offsets, entities, keywords, language and counts', () => {
  const { status, stdout } = run([FIXTURE, '--json', '--sentences', '3']);
  assert.equal(status, 0);
  const result = JSON.parse(stdout);
  assert.deepEqual(result, precis.summarize(text, { sentences: 3 }));
  assert.equal(result.sentences.length, 3);
  for (const s of result.sentences) assert.equal(text.slice(s.start, s.end), s.text);
  assert.ok(result.entities.some((e) => e.text === 'Amara N. Diallo'));
  assert.ok(result.keywords.length > 0 && result.keywords.every((k) => text.slice(k.mentions[0].start, k.mentions[0].end).length > 0));
});

test('--help and --version print to standard output and exit 0', () => {
  const help = run(['--help']);
  assert.equal(help.status, 0);
  assert.match(help.stdout, /^Usage: precis \[file\|-\] \[options\]/);
  for (const flag of ['--sentences', '--ratio', '--words', '--language', '--focus', '--json', '--help', '--version']) {
    assert.ok(help.stdout.includes(flag), flag);
  }
  assert.deepEqual(run(['-h']), help);
  assert.deepEqual(run(['--version']), { status: 0, stdout: `${precis.version()}\n`, stderr: '' });
});

test('an input that cannot be read exits 1 with a message naming it', () => {
  const dir = mkdtempSync(join(tmpdir(), 'precis-cli-'));
  try {
    const binary = join(dir, 'image.png');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff, 0xfe, 0x00]));
    for (const [args, message] of [
      [[join(dir, 'missing.txt')], `precis: cannot read ${join(dir, 'missing.txt')}: no such file\n`],
      [[dir], `precis: cannot read ${dir}: it is a directory\n`],
      [[binary], `precis: cannot read ${binary}: it is not UTF-8 text\n`],
    ]) {
      assert.deepEqual(run(args), { status: 1, stdout: '', stderr: message });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('wrong usage exits 2 with a message naming the flag', () => {
  for (const [args, message] of [
    [['--sentences', 'three'], '--sentences needs a number, got "three"'],
    [['--ratio', '2'], 'option --ratio must be a number greater than 0 and at most 1, got 2'],
    [['--words', '0'], 'option --words must be a whole number from 1 to 4294967295, got 0'],
    [['--sentences', '2', '--words', '9'], 'options --sentences and --words both set the summary length: give only one of them'],
    [['--language', 'xx'], 'option --language must be "auto" or one of "en", "fr", "de", "es", "it", "pt", "nl", "ru", "zh", "ja", "und", got "xx"'],
    [['--sentence', '2'], 'unknown option --sentence'],
    [['--sentences'], '--sentences needs a value'],
    [['--json=yes'], '--json takes no value'],
    [['a.txt', 'b.txt'], 'give one file at most, got 2'],
  ]) {
    assert.deepEqual(run(args, text), { status: 2, stdout: '', stderr: `precis: ${message}\nSee precis --help.\n` }, args.join(' '));
  }
});

test('with no file and a terminal on standard input, it says what to give instead of waiting', () => {
  // util-linux's script(1) runs the command with a terminal as its standard input.
  const { status, stdout } = spawnSync('script', ['-qec', `'${process.execPath}' '${CLI}'`, '/dev/null'], { encoding: 'utf8', timeout: 30_000 });
  assert.equal(status, 2);
  assert.equal(stdout.replace(/\r\n/g, '\n'), 'precis: no input: give a file, or pipe text to standard input\nSee precis --help.\n');
});

test('an empty input gives an empty summary', () => {
  assert.deepEqual(run([], ''), { status: 0, stdout: '', stderr: '' });
  assert.deepEqual(JSON.parse(run(['--json'], ' \n').stdout).sentences, []);
});

test('a transcript: a sentence from the middle of a turn is printed with who said it', () => {
  const transcript = [
    "Grad A: OK, we're on.",
    'Grad E: Check one. Check one.',
    'Professor C: Yeah.',
    'Professor C: So the parser now handles German compounds, and the ontology lookup runs on every parsed utterance before the dialogue manager sees it.',
    'Grad B: Right.',
    'Grad B: Sorry, one thing. The ontology lookup is slow, though. It takes two seconds per utterance because every compound goes through the full parser again.',
    'Professor C: Then we cache the parsed compounds, so the ontology lookup only sees each compound once per session.',
    'Grad A: Right.',
  ].join('\n');
  const { status, stdout } = run(['--sentences', '3'], transcript);
  assert.equal(status, 0);
  const printed = stdout.trimEnd().split('\n');
  const chosen = precis.summarize(transcript, { sentences: 3 }).sentences;
  assert.equal(printed.length, chosen.length);
  chosen.forEach((sentence, i) => {
    const line = transcript.split('\n').find((l) => l.includes(sentence.text));
    const speaker = line.slice(0, line.indexOf(': '));
    assert.equal(printed[i], line.startsWith(sentence.text) ? sentence.text : `${speaker}: ${sentence.text}`);
  });
  assert.ok(chosen.some((s) => !/^(Grad [A-E]|Professor C): /.test(s.text)), 'a sentence from the middle of a turn is chosen');
  assert.ok(printed.every((line) => /^(Grad [A-E]|Professor C): /.test(line)), stdout);
});

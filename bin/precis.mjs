#!/usr/bin/env node
// The command line: `precis [file|-] [--sentences N|--ratio R|--words N] [--json]`.
// Prints the summary of a file or of standard input, one sentence a line. PDF and Word
// files are read as text first (js/documents.mjs, with pdf.js and mammoth).
import { readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parseArgs } from 'node:util';
import { checkDocumentSize, documentKind, documentText, sniffDocumentKind } from '../js/documents.mjs';
import { withSpeakers } from '../js/summary-types.mjs';

const require = createRequire(import.meta.url);
const precis = require('../pkg/node/precis.js');

const HELP = `Usage: precis [file|-] [options]

Prints the most important sentences of a text, in their original order, one a line
(in a transcript, each with who said it).
Reads the file, or standard input when the file is "-" or not given: UTF-8 text, or a
PDF or Word (.docx) file of at most 100 MB, whose text is summarized.

Options:
  --sentences N   the summary has N sentences
  --ratio R       the summary has this share of the sentences (0 < R <= 1)
  --words N       the summary has at most N words
  --language L    the text's language: auto (the default, detected), en, fr, de,
                  es, it, pt, nl, ru, zh, ja, or und (none of these)
  --focus TEXT    prefer sentences about this word or phrase
  --json          print the whole result as JSON: sentences with offsets and
                  scores, entities, keywords, language and counts
  -h, --help      print this help
  -v, --version   print the version

With no length option the summary has about 20% of the sentences (1 to 7).
Exit status: 0 done, 1 the input could not be read, 2 wrong usage.
Everything runs on this machine: nothing is sent anywhere.
`;

/** Each command-line option and the `summarize` option it sets. */
const FLAGS = { sentences: 'sentences', ratio: 'ratio', words: 'maxWords', language: 'language', focus: 'focus' };
const NUMERIC = new Set(['sentences', 'ratio', 'words']);

/** A failure that ends the command with `status` after printing `message`. */
class Failure extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}
const usage = (message) => new Failure(2, `${message}\nSee precis --help.`);

function parse(argv) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        ...Object.fromEntries(Object.keys(FLAGS).map((flag) => [flag, { type: 'string' }])),
        json: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    const flag = /'(-[-\w]*)/.exec(error.message)?.[1];
    if (error.code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw usage(`unknown option ${flag}`);
    if (/argument missing/.test(error.message)) throw usage(`${flag} needs a value`);
    if (/does not take an argument/.test(error.message)) throw usage(`${flag} takes no value`);
    throw usage(error.message);
  }
}

/** The `summarize` options the flags ask for. */
function summaryOptions(values) {
  const options = {};
  for (const [flag, option] of Object.entries(FLAGS)) {
    const value = values[flag];
    if (value === undefined) continue;
    if (NUMERIC.has(flag) && (value.trim() === '' || !Number.isFinite(Number(value)))) {
      throw usage(`--${flag} needs a number, got "${value}"`);
    }
    options[option] = NUMERIC.has(flag) ? Number(value) : value;
  }
  return options;
}

/**
 * The text of `file` ("-" for standard input): a PDF or a .docx (by its name, else by its
 * first bytes) is read as a document, anything else must be UTF-8 text.
 */
async function readInput(file) {
  const name = file === '-' ? 'standard input' : file;
  const named = file === '-' ? null : documentKind(file);
  let bytes;
  try {
    if (named) checkDocumentSize(statSync(file).size);
    bytes = readFileSync(file === '-' ? 0 : file);
  } catch (error) {
    const reasons = { ENOENT: 'no such file', EACCES: 'permission denied', EISDIR: 'it is a directory' };
    throw new Failure(1, `cannot read ${name}: ${reasons[error.code] ?? error.message}`);
  }
  const kind = named ?? (/\.(txt|text|md|markdown|html?)$/i.test(file) ? null : sniffDocumentKind(bytes));
  if (kind) {
    try {
      return await documentText(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.length), kind, { load: loadLibrary });
    } catch (error) {
      throw new Failure(1, `cannot read ${name}: ${error.message}`);
    }
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Failure(1, `cannot read ${name}: it is not UTF-8 text`);
  }
}

/** The library that reads a document of `kind`: pdf.js (its build for Node) or mammoth. */
async function loadLibrary(kind) {
  return kind === 'pdf' ? import('pdfjs-dist/legacy/build/pdf.mjs') : require('mammoth');
}

/** The library's message about an option, naming the command-line flag instead. */
function withFlagNames(message) {
  return Object.entries(FLAGS).reduce((text, [flag, option]) => text.replaceAll(`"${option}"`, `--${flag}`), message);
}

async function main(argv) {
  const { values, positionals } = parse(argv);
  if (values.help) return process.stdout.write(HELP);
  if (values.version) return process.stdout.write(`${precis.version()}\n`);
  if (positionals.length > 1) throw usage(`give one file at most, got ${positionals.length}`);
  const options = summaryOptions(values);
  const file = positionals[0] ?? '-';
  if (file === '-' && process.stdin.isTTY) throw usage('no input: give a file, or pipe text to standard input');
  const text = await readInput(file);
  let summary;
  try {
    summary = precis.summarize(text, options);
  } catch (error) {
    throw usage(withFlagNames(error.message));
  }
  if (values.json) return process.stdout.write(`${JSON.stringify(summary, null, 2)}\n`);
  for (const sentence of withSpeakers(text, summary.sentences)) process.stdout.write(`${sentence.text.replace(/\s+/g, ' ')}\n`);
}

try {
  await main(process.argv.slice(2));
} catch (error) {
  if (!(error instanceof Failure)) throw error;
  process.stderr.write(`precis: ${error.message}\n`);
  process.exitCode = error.status;
}

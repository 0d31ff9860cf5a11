// Writes small PDF files for the document tests, from plain JavaScript: Helvetica text
// operators, an uncompressed image, and the standard security handler (RC4, 40 bits).
// Nothing here comes from outside the repository.
import { createHash, randomBytes } from 'node:crypto';

/** Helvetica's advance widths (per 1000 units of the font size) for ASCII 32..126. */
const HELVETICA_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/** The width of `text` in Helvetica at `size` points (bold is taken as 10% wider). */
export function textWidth(text, size, bold = false) {
  let units = 0;
  for (const char of text) units += HELVETICA_WIDTHS[char.charCodeAt(0) - 32] ?? 556;
  return (units * size * (bold ? 1.1 : 1)) / 1000;
}

/** A PDF string literal of ASCII `text`. */
const literal = (text) => `(${text.replace(/[\\()]/g, '\\$&')})`;

/**
 * One line of text for a page's content: `{ text, x, y, size, bold }` becomes a BT..ET
 * block drawing it with Helvetica (F1) or Helvetica-Bold (F2).
 */
const showText = ({ text, x, y, size, bold }) =>
  `BT /${bold ? 'F2' : 'F1'} ${size} Tf ${x.toFixed(2)} ${y.toFixed(2)} Td ${literal(text)} Tj ET`;

/**
 * A PDF of `pages`, each `{ lines: [{ text, x, y, size, bold }], image: boolean }` on a
 * `width` × `height` point page. With `encrypt: { userPassword, ownerPassword }` the
 * content is encrypted with the standard security handler (revision 2, RC4 40 bits).
 */
export function writePdf(pages, { width, height, encrypt } = {}) {
  const objects = []; // body text of object n at index n - 1
  const add = (body) => objects.push(body); // the new object's number
  const streams = new Map(); // object number -> raw stream bytes
  const addStream = (dictionary, bytes) => {
    const number = add(null);
    streams.set(number, { dictionary, bytes: Buffer.from(bytes) });
    return number;
  };
  const catalog = add('<< /Type /Catalog /Pages 2 0 R >>');
  const pageTree = add(null);
  const regular = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const image = addStream('/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8',
    Buffer.from(Array.from({ length: 256 }, (_, i) => (i * 37) % 256)));
  const kids = pages.map((page) => {
    const operations = page.lines.map(showText);
    if (page.image) operations.push(`q ${width - 60} 0 0 ${height - 60} 30 30 cm /Im1 Do Q`);
    const contents = addStream('', operations.join('\n'));
    return add(`<< /Type /Page /Parent ${pageTree} 0 R /MediaBox [0 0 ${width} ${height}] /Contents ${contents} 0 R ` +
      `/Resources << /Font << /F1 ${regular} 0 R /F2 ${bold} 0 R >> /XObject << /Im1 ${image} 0 R >> >> >>`);
  });
  objects[pageTree - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;

  const id = randomBytes(16);
  const security = encrypt ? standardSecurity(encrypt, id) : null;
  const encryptObject = security ? add(security.dictionary) : null;

  const chunks = [Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = chunks[0].length;
  const offsets = [];
  objects.forEach((body, index) => {
    const number = index + 1;
    offsets.push(length);
    let chunk;
    if (streams.has(number)) {
      const { dictionary, bytes } = streams.get(number);
      const data = security ? rc4(security.objectKey(number), bytes) : bytes;
      chunk = Buffer.concat([Buffer.from(`${number} 0 obj\n<< ${dictionary} /Length ${data.length} >>\nstream\n`, 'latin1'),
        data, Buffer.from('\nendstream\nendobj\n', 'latin1')]);
    } else {
      chunk = Buffer.from(`${number} 0 obj\n${body}\nendobj\n`, 'latin1');
    }
    chunks.push(chunk);
    length += chunk.length;
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`,
    ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  const trailer = `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /ID [<${id.toString('hex')}> <${id.toString('hex')}>]` +
    `${encryptObject ? ` /Encrypt ${encryptObject} 0 R` : ''} >>\nstartxref\n${length}\n%%EOF\n`;
  chunks.push(Buffer.from(xref + trailer, 'latin1'));
  return Buffer.concat(chunks);
}

/** The 32 bytes every password is padded with (PDF 1.7, 7.6.3.3). */
const PADDING = Buffer.from('28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a', 'hex');
const padded = (password) => Buffer.concat([Buffer.from(password, 'latin1'), PADDING]).subarray(0, 32);
const md5 = (...parts) => createHash('md5').update(Buffer.concat(parts)).digest();

/** The Encrypt dictionary and per-object keys of the standard security handler, revision 2. */
function standardSecurity({ userPassword = '', ownerPassword = 'owner' }, id) {
  const permissions = -44; // printing and copying allowed, modifying not
  const owner = rc4(md5(padded(ownerPassword)).subarray(0, 5), padded(userPassword));
  const p = Buffer.alloc(4);
  p.writeInt32LE(permissions);
  const key = md5(padded(userPassword), owner, p, id).subarray(0, 5);
  const user = rc4(key, PADDING);
  return {
    dictionary: `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${permissions} >>`,
    objectKey: (number) => md5(key, Buffer.from([number & 0xff, (number >> 8) & 0xff, (number >> 16) & 0xff, 0, 0])).subarray(0, 10),
  };
}

/** RC4 of `data` with `key` (the cipher is its own inverse). */
function rc4(key, data) {
  const s = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + s[i] + key[i % key.length]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + s[i]) & 0xff;
    [s[i], s[j]] = [s[j], s[i]];
    out[n] = data[n] ^ s[(s[i] + s[j]) & 0xff];
  }
  return out;
}

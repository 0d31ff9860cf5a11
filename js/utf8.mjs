// UTF-8 sizes of JavaScript strings, as précis counts them (its 64 MiB limit, the
// Summarizer's input quota): what `TextEncoder` would write, without writing it.

/**
 * The UTF-8 length of `text.slice(from, to)`: 1 to 3 bytes a code unit, 4 a surrogate
 * pair, 3 a lone surrogate (it becomes U+FFFD). A pair split by `to` counts as a pair
 * when the next call starts at `to`.
 */
export function utf8Bytes(text, from = 0, to = text.length) {
  let bytes = 0;
  for (let i = from; i < to; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) bytes += 2; // half of a pair's 4
    else if (unit >= 0xdc00 && unit <= 0xdfff && (text.charCodeAt(i - 1) & 0xfc00) === 0xd800) bytes += 2; // the other half
    else bytes += 3;
  }
  return bytes;
}

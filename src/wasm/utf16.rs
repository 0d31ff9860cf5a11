//! Byte offsets to UTF-16 offsets, the unit JavaScript strings are indexed in.

/// Converts byte offsets of `text` to UTF-16 code-unit offsets in one pass over the
/// text, whatever their number or order.
pub(crate) struct Utf16Offsets {
    /// Sorted, distinct byte offsets and their UTF-16 offsets.
    table: Vec<(usize, usize)>,
}

impl Utf16Offsets {
    /// Prepares the conversion of `offsets` (byte offsets on char boundaries of `text`).
    pub(crate) fn new(text: &str, mut offsets: Vec<usize>) -> Self {
        crate::basics::sort_ascending(&mut offsets, |offset| offset);
        offsets.dedup();
        // every byte but a continuation byte starts a character, one UTF-16 unit, and
        // a 4-byte character takes a second one
        let units =
            |bytes: &[u8]| bytes.iter().map(|&b| usize::from(b & 0xc0 != 0x80) + usize::from(b >= 0xf0)).sum::<usize>();
        let mut utf16 = 0;
        let mut from = 0;
        let table = offsets
            .into_iter()
            .map(|byte| {
                utf16 += units(&text.as_bytes()[from..byte]);
                from = byte;
                (byte, utf16)
            })
            .collect();
        Utf16Offsets { table }
    }

    /// The UTF-16 offset of byte offset `byte`, which must have been given to [`new`](Self::new).
    pub(crate) fn get(&self, byte: usize) -> usize {
        let at = self.table.binary_search_by_key(&byte, |&(b, _)| b).expect("offset was registered");
        self.table[at].1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_offsets_past_multibyte_characters() {
        let text = "é😀中a";
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let map = Utf16Offsets::new(text, offsets.iter().rev().copied().collect());
        let got: Vec<usize> = offsets.iter().map(|&o| map.get(o)).collect();
        assert_eq!(got, [0, 1, 3, 4, 5]);
    }

    #[test]
    fn agrees_with_encode_utf16_at_every_character() {
        let text = "Ünïcödé 😀 text: 中文, русский, עברית, 👨‍👩‍👧 and ASCII.\n";
        let offsets: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let map = Utf16Offsets::new(text, offsets.clone());
        for offset in offsets {
            assert_eq!(map.get(offset), text[..offset].encode_utf16().count(), "at byte {offset}");
        }
    }
}

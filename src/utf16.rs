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
        crate::rank::sort_ascending(&mut offsets, |offset| offset);
        offsets.dedup();
        let mut table = Vec::with_capacity(offsets.len());
        let mut wanted = offsets.into_iter().peekable();
        let mut utf16 = 0;
        for (byte, c) in text.char_indices().chain(std::iter::once((text.len(), '\0'))) {
            while wanted.next_if(|&w| w == byte).is_some() {
                table.push((byte, utf16));
            }
            if wanted.peek().is_none() {
                break;
            }
            utf16 += c.len_utf16();
        }
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
}

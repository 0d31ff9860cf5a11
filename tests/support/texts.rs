//! A deterministic xorshift generator of texts made of given pieces (no dependency),
//! shared by the native and the WebAssembly invariant tests.

/// Draws texts of up to `max_pieces` pieces from `pieces`.
pub struct Texts<'p, T> {
    state: u64,
    pieces: &'p [T],
    max_pieces: u64,
}

impl<'p, T> Texts<'p, T> {
    /// A generator started from `seed` (not zero).
    pub fn new(seed: u64, pieces: &'p [T], max_pieces: u64) -> Self {
        Texts { state: seed, pieces, max_pieces }
    }

    fn next(&mut self) -> u64 {
        self.state ^= self.state << 13;
        self.state ^= self.state >> 7;
        self.state ^= self.state << 17;
        self.state
    }

    /// The pieces of the next text, in order.
    pub fn pieces(&mut self) -> Vec<&'p T> {
        let len = self.next() % self.max_pieces;
        (0..len).map(|_| &self.pieces[(self.next() % self.pieces.len() as u64) as usize]).collect()
    }
}

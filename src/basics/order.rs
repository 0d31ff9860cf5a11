//! Orderings by score, by position and by value, all through one sort: every
//! distinct element type and comparison given to the standard sort adds kilobytes of
//! WebAssembly, so every sort of the crate sorts one kind of key beside the items'
//! indices and then moves the items.

use super::span::Span;

/// The indices of `keys` best first: highest score first, ties to the span that
/// comes first in the text, then to the lower index (a total order: the result is
/// the same whatever the sort's internals).
pub(crate) fn best_first(keys: &[(f64, Span)]) -> Vec<usize> {
    // the keys are sorted with their indices, side by side in memory
    let mut keyed: Vec<(f64, Span, usize)> =
        keys.iter().enumerate().map(|(i, &(score, span))| (score, span, i)).collect();
    keyed.sort_unstable_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)).then(a.2.cmp(&b.2)));
    keyed.into_iter().map(|(_, _, i)| i).collect()
}

/// Sorts `items` best first by `key` (score, then position), as [`best_first`]
/// orders them.
pub(crate) fn sort_best_first<T>(items: &mut [T], key: impl Fn(&T) -> (f64, Span)) {
    if items.len() < 2 {
        return;
    }
    let order = best_first(&items.iter().map(key).collect::<Vec<_>>());
    permute(items, order);
}

/// Sorts `items` in text order by `span` (equal spans keep their order).
pub(crate) fn sort_in_text_order<T>(items: &mut [T], span: impl Fn(&T) -> Span) {
    sort_best_first(items, |item| (0.0, span(item)));
}

/// Sorts `numbers` (ids, indices, offsets) in ascending order of `value`.
pub(crate) fn sort_ascending<T: Copy>(numbers: &mut [T], value: impl Fn(T) -> usize) {
    // a sentence's few terms: an insertion sort, without the shared sort's allocations
    if numbers.len() <= SMALL {
        insertion_sort_by_key(numbers, |&n| value(n));
        return;
    }
    heap_sort(numbers, value);
}

/// Sorts `numbers` by `value` with a heapsort: in place, without allocating, and in
/// O(n log n) for the long sentences, lists and offset tables that come this way
/// (numbers of equal value may change places: every caller sorts by the number itself).
fn heap_sort<T: Copy>(numbers: &mut [T], value: impl Fn(T) -> usize) {
    // moves the number at `root` down the heap `numbers[..end]` to its place
    let sift_down = |numbers: &mut [T], mut root: usize, end: usize| loop {
        let mut child = 2 * root + 1;
        if child >= end {
            break;
        }
        if child + 1 < end && value(numbers[child]) < value(numbers[child + 1]) {
            child += 1;
        }
        if value(numbers[root]) >= value(numbers[child]) {
            break;
        }
        numbers.swap(root, child);
        root = child;
    };
    for root in (0..numbers.len() / 2).rev() {
        sift_down(numbers, root, numbers.len());
    }
    for end in (1..numbers.len()).rev() {
        numbers.swap(0, end);
        sift_down(numbers, 0, end);
    }
}

/// Sorts the few `items` by `key` by insertion (stable; quadratic, so only for short
/// slices: no allocation and little code).
pub(crate) fn insertion_sort_by_key<T, K: PartialOrd>(items: &mut [T], key: impl Fn(&T) -> K) {
    for i in 1..items.len() {
        let mut j = i;
        while j > 0 && key(&items[j - 1]) > key(&items[j]) {
            items.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Up to this many numbers, [`sort_ascending`] sorts by insertion.
const SMALL: usize = 32;

/// Moves the item at `order[i]` to place `i`, for every `i`, in place: each cycle
/// of the permutation is followed once, with swaps.
fn permute<T>(items: &mut [T], mut order: Vec<usize>) {
    const PLACED: usize = usize::MAX;
    for start in 0..items.len() {
        let mut place = start;
        loop {
            let from = std::mem::replace(&mut order[place], PLACED);
            if from == start || from == PLACED {
                break;
            }
            items.swap(place, from);
            place = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn span(start: usize) -> Span {
        Span { start, end: start + 1 }
    }

    #[test]
    fn best_first_breaks_ties_by_position_then_index() {
        let keys = [(0.5, span(9)), (0.9, span(4)), (0.5, span(2)), (0.9, span(4)), (f64::NAN, span(0))];
        assert_eq!(best_first(&keys), [4, 1, 3, 2, 0]);
    }

    #[test]
    fn items_move_with_their_keys() {
        let mut words = [("late", 7), ("early", 1), ("middle", 4), ("early too", 1)];
        sort_in_text_order(&mut words, |&(_, at)| span(at));
        assert_eq!(words, [("early", 1), ("early too", 1), ("middle", 4), ("late", 7)]);
        let mut ranked = [(1.0, 3), (3.0, 8), (2.0, 5), (0.5, 0), (4.0, 1)];
        sort_best_first(&mut ranked, |&(score, at)| (score, span(at)));
        assert_eq!(ranked, [(4.0, 1), (3.0, 8), (2.0, 5), (1.0, 3), (0.5, 0)]);
    }

    #[test]
    fn permutations_of_every_shape_come_out_sorted() {
        // every permutation of 5 items (all cycle structures), sorted by position
        let mut seen = 0;
        for n in 0..5usize.pow(5) {
            let digits: Vec<usize> = (0..5).map(|d| n / 5usize.pow(d) % 5).collect();
            let mut sorted = digits.clone();
            sorted.sort_unstable();
            sorted.dedup();
            if sorted.len() < 5 {
                continue;
            }
            let mut items = digits.clone();
            sort_in_text_order(&mut items, |&at| span(at));
            assert_eq!(items, [0, 1, 2, 3, 4], "from {digits:?}");
            seen += 1;
        }
        assert_eq!(seen, 120);
        let mut ids: Vec<u32> = vec![7, 3, 3, 0, 9];
        sort_ascending(&mut ids, |id| id as usize);
        assert_eq!(ids, [0, 3, 3, 7, 9]);
        for n in [SMALL, SMALL + 1, SMALL + 2, 200, 1001] {
            let mut many: Vec<usize> = (0..n).map(|i| i * 7919 % n).collect();
            sort_ascending(&mut many, |i| i);
            assert_eq!(many, (0..n).collect::<Vec<_>>());
            // repeated values, and values already in order or in reverse
            for start in [(0..n).map(|i| i * 31 % 17).collect::<Vec<_>>(), (0..n).collect(), (0..n).rev().collect()] {
                let mut sorted = start.clone();
                sort_ascending(&mut sorted, |i| i);
                let mut expected = start;
                expected.sort_unstable();
                assert_eq!(sorted, expected);
            }
        }
    }
}

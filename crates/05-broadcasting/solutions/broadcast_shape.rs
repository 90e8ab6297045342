pub fn broadcast_shape(a: &[usize], b: &[usize]) -> Option<Vec<usize>> {
    let rank = a.len().max(b.len());
    let size =
        |s: &[usize], k: usize| s.len().checked_sub(k).map_or(1, |i| s[i]);
    let mut out = vec![0; rank];
    for k in 1..=rank {
        out[rank - k] = match (size(a, k), size(b, k)) {
            (x, y) if x == y => x,
            (1, y) => y,
            (x, 1) => x,
            _ => return None,
        };
    }
    Some(out)
}

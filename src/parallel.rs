//! Independent pieces of work spread over the cores, their results kept in order:
//! reading a large plan's files, finding their headers, carrying a year's files
//! into a new one.

use std::sync::atomic::{AtomicUsize, Ordering};

/// `f` of every item, in the items' order, worked out on every core when `wide`
/// (the caller's judgement that the work is worth the threads) and there is more
/// than one item and one core. A panic in `f` is a panic here, as it would be
/// without threads.
pub(crate) fn map<T: Sync, R: Send>(items: &[T], wide: bool, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(items.len());
    if !wide || threads < 2 {
        return items.iter().map(f).collect();
    }
    let next = AtomicUsize::new(0);
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                let (next, f) = (&next, &f);
                scope.spawn(move || {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        done.push((i, f(item)));
                    }
                    done
                })
            })
            .collect();
        let mut all = Vec::with_capacity(items.len());
        for worker in workers {
            match worker.join() {
                Ok(done) => all.extend(done),
                Err(panic) => std::panic::resume_unwind(panic),
            }
        }
        all
    });
    done.sort_unstable_by_key(|(i, _)| *i);
    done.into_iter().map(|(_, r)| r).collect()
}

#[cfg(test)]
mod tests {
    use super::map;

    #[test]
    fn results_come_in_the_items_order_either_way() {
        let items: Vec<u32> = (0..1000).collect();
        let squares: Vec<u64> = items.iter().map(|&i| u64::from(i) * u64::from(i)).collect();
        assert_eq!(map(&items, true, |&i| u64::from(i) * u64::from(i)), squares);
        assert_eq!(
            map(&items, false, |&i| u64::from(i) * u64::from(i)),
            squares
        );
        assert!(map(&[] as &[u32], true, |&i| i).is_empty());
    }
}

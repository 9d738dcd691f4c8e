//! Work spread over threads where there are threads: on the desktop over one
//! thread a core; in the browser (no threads in wasm32 without shared memory)
//! one after the other. Results come back in the items' order.

thread_local! {
    /// Set while [`one_thread`] runs: everything here then runs on the calling
    /// thread.
    static ONE_THREAD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Runs `f` with every [`map`] and [`join`] inside it on this thread alone: for
/// work that shares the machine with something more urgent (the game loads
/// its content while the engine starts; more threads there slowed the start).
pub fn one_thread<R>(f: impl FnOnce() -> R) -> R {
    let before = ONE_THREAD.with(|one| one.replace(true));
    let result = f();
    ONE_THREAD.with(|one| one.set(before));
    result
}

fn alone() -> bool {
    cfg!(target_arch = "wasm32") || ONE_THREAD.with(std::cell::Cell::get)
}

/// `f` applied to every item, on as many threads as there are cores (each takes
/// the next item left), results in the items' order. A panic in one is raised
/// again here, as if it had run on this thread.
pub fn map<T, R, F>(items: Vec<T>, f: F) -> Vec<R>
where
    T: Send,
    R: Send,
    F: Fn(T) -> R + Sync,
{
    let cores = std::thread::available_parallelism().map_or(1, usize::from);
    let threads = cores.min(items.len());
    if alone() || threads < 2 {
        return items.into_iter().map(f).collect();
    }
    let count = items.len();
    let queue = std::sync::Mutex::new(items.into_iter().enumerate());
    let next = || queue.lock().unwrap_or_else(|p| p.into_inner()).next();
    let mut done: Vec<(usize, R)> = std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    while let Some((i, item)) = next() {
                        done.push((i, f(item)));
                    }
                    done
                })
            })
            .collect();
        workers
            .into_iter()
            .flat_map(|worker| {
                worker
                    .join()
                    .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
            })
            .collect()
    });
    done.sort_by_key(|(i, _)| *i);
    debug_assert_eq!(done.len(), count);
    done.into_iter().map(|(_, r)| r).collect()
}

/// `a` and `b` at once (`a` on a thread of its own), both results.
pub fn join<A, B, RA, RB>(a: A, b: B) -> (RA, RB)
where
    A: FnOnce() -> RA + Send,
    B: FnOnce() -> RB,
    RA: Send,
{
    if alone() {
        return (a(), b());
    }
    std::thread::scope(|scope| {
        let first = scope.spawn(a);
        let second = b();
        let first = first
            .join()
            .unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        (first, second)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn results_come_back_in_order() {
        let squares = map((1..=20u64).collect(), |n| {
            // Unequal work, so the items finish out of order.
            std::thread::sleep(std::time::Duration::from_millis(n % 3));
            n * n
        });
        assert_eq!(squares, (1..=20u64).map(|n| n * n).collect::<Vec<_>>());
        assert_eq!(map(Vec::<u8>::new(), |n| n), Vec::<u8>::new());
        let (a, b) = join(|| "scenarios", || 6);
        assert_eq!((a, b), ("scenarios", 6));
    }

    #[test]
    fn one_thread_keeps_everything_on_this_thread() {
        let here = std::thread::current().id();
        let ids = one_thread(|| map(vec![1, 2, 3], |_| std::thread::current().id()));
        assert!(ids.iter().all(|id| *id == here));
        let (a, _) = one_thread(|| join(|| std::thread::current().id(), || ()));
        assert_eq!(a, here);
        // And only inside it.
        assert!(!alone() || cfg!(target_arch = "wasm32"));
    }

    #[test]
    #[should_panic(expected = "broken")]
    fn a_panic_on_a_thread_is_raised_here() {
        map(vec![1, 2], |n| if n == 2 { panic!("broken") } else { n });
    }
}

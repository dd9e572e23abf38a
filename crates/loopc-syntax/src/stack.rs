//! Running deep recursions on a thread with a large stack.
//!
//! The parser recurses once per nesting level of the source, up to
//! [`crate::MAX_NESTING`] levels; unoptimized builds use several kilobytes of stack per
//! level, more than a default 2 MiB thread (such as a test thread) has. Like rustc, which
//! runs the compiler on a thread with a large stack, we run the recursion on a scoped thread
//! whose stack is reserved (not committed) up front. If the thread cannot be created, the
//! work runs on the caller's thread.

use std::sync::Mutex;

/// Stack size for deep recursions: comfortably above the worst case of the nesting limit.
const BIG_STACK: usize = 256 << 20;

/// Runs `f` on a thread with a [`BIG_STACK`] stack and returns its result; a panic in `f`
/// is propagated.
pub(crate) fn with_big_stack<T: Send, F: FnOnce() -> T + Send>(f: F) -> T {
    // The closure stays reachable from this thread in case the spawn fails.
    let slot = Mutex::new(Some(f));
    let take = || slot.lock().ok().and_then(|mut s| s.take());
    let ran = std::thread::scope(|scope| {
        let spawned = std::thread::Builder::new()
            .name("loopc-syntax".to_string())
            .stack_size(BIG_STACK)
            .spawn_scoped(scope, || take().map(|f| f()));
        match spawned {
            Ok(handle) => match handle.join() {
                Ok(result) => result,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            Err(_) => None,
        }
    });
    match ran {
        Some(result) => result,
        None => match take() {
            Some(f) => f(),
            None => unreachable!("invariant: the closure runs exactly once"),
        },
    }
}

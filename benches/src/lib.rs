//! Benchmarks of loopc (see issue 9); filled in by the benchmark harness work.

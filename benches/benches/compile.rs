//! Compiler throughput: lines per second through each stage (parse, check, lower, each
//! pass, Cranelift) and the whole way from source to JIT-compiled code, on generated
//! programs of 1,000 and 10,000 lines. Run with `cargo bench -p loopc-benches`; criterion
//! reports each stage's time and, as throughput, lines/s.
//!
//! Lowering, the passes and Cranelift also process the std packages the program uses and
//! the runtime (lowered on demand), so their lines/s count only the program's lines.

use criterion::{criterion_group, criterion_main, BatchSize, BenchmarkId, Criterion, Throughput};
use loopc_benches::Stages;
use std::time::Duration;

fn stages(c: &mut Criterion) {
    let mut group = c.benchmark_group("compile");
    group.sample_size(10).warm_up_time(Duration::from_millis(500)).measurement_time(Duration::from_secs(3));
    for lines in [1_000usize, 10_000] {
        let src = loopc_benches::generate_program(lines);
        let stages = Stages::new(&src);
        group.throughput(Throughput::Elements(src.lines().count() as u64));
        group.bench_function(BenchmarkId::new("parse", lines), |b| b.iter(|| stages.parse()));
        group.bench_function(BenchmarkId::new("check", lines), |b| b.iter(|| stages.check()));
        group.bench_function(BenchmarkId::new("lower", lines), |b| b.iter(|| stages.lower()));
        for (i, (name, _)) in stages.before_pass.iter().enumerate() {
            group.bench_function(BenchmarkId::new(format!("pass-{name}"), lines), |b| {
                b.iter_custom(|iters| (0..iters).map(|_| stages.time_pass(i)).sum())
            });
        }
        group.bench_function(BenchmarkId::new("cranelift", lines), |b| {
            b.iter_batched(|| (), |()| stages.cranelift(), BatchSize::PerIteration)
        });
        group.bench_function(BenchmarkId::new("jit-total", lines), |b| b.iter(|| stages.jit_total()));
    }
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);

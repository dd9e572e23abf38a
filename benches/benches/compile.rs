//! Compiler throughput: lines per second through each stage that exists, on generated
//! programs of 1,000 and 10,000 lines. Run with `cargo bench -p loopc-benches`.

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use loopc_span::SourceMap;
use std::path::Path;

fn stages(c: &mut Criterion) {
    let mut group = c.benchmark_group("compile");
    for lines in [1_000usize, 10_000] {
        let src = loopc_benches::generate_program(lines);
        group.throughput(Throughput::Elements(src.lines().count() as u64));
        group.bench_with_input(BenchmarkId::new("parse", lines), &src, |b, src| {
            b.iter(|| {
                let mut map = SourceMap::new();
                let f = map.add("gen.go", src.clone());
                loopc_syntax::parse_file(f, src)
            })
        });
        group.bench_with_input(BenchmarkId::new("parse+check", lines), &src, |b, src| {
            b.iter(|| {
                let mut session = loopc_driver::Session::new(Default::default());
                session.compile_source("gen.go", src.clone(), Path::new(".")).expect("in-memory source")
            })
        });
    }
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);

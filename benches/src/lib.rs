//! Benchmarks of loopc: the compiler's own throughput (criterion, `cargo bench -p
//! loopc-benches`) and, with the backend, JIT-compiled Go benchmark programs.
//!
//! This library holds what the benchmark targets share: a generator of synthetic but
//! realistic Go programs of a requested size, so compile-time figures (lines per second
//! through each stage) are measured on inputs of known shape.

use std::fmt::Write;

/// A valid Go program of about `lines` lines: functions with 3-clause and range loops,
/// closures capturing loop variables, structs with methods, and maps — the constructs the
/// loop passes work on. Deterministic for a given size.
pub fn generate_program(lines: usize) -> String {
    let mut src = String::from("package main\n\nimport \"fmt\"\n\ntype point struct{ x, y int }\n\nfunc (p *point) move(dx int) { p.x += dx }\n\n");
    let mut n = 0;
    while src.lines().count() + 20 < lines {
        let _ = write!(
            src,
            "func work{n}(xs []int) int {{\n\
             \tvar fs []func() int\n\
             \tfor i := 0; i < len(xs); i++ {{\n\
             \t\tfs = append(fs, func() int {{ return xs[i] * {k} }})\n\
             \t}}\n\
             \ttotal := 0\n\
             \tfor _, f := range fs {{\n\
             \t\ttotal += f()\n\
             \t}}\n\
             \tm := map[string]int{{}}\n\
             \tfor j, v := range xs {{\n\
             \t\tif v%2 == 0 {{\n\
             \t\t\tm[fmt.Sprint(j)] = v\n\
             \t\t}}\n\
             \t}}\n\
             \tp := point{{total, len(m)}}\n\
             \tp.move({k})\n\
             \treturn p.x + p.y\n\
             }}\n\n",
            k = n % 7 + 1
        );
        n += 1;
    }
    src.push_str("func main() {\n\txs := []int{1, 2, 3, 4}\n\tsum := 0\n");
    for i in 0..n {
        let _ = writeln!(src, "\tsum += work{i}(xs)");
    }
    src.push_str("\tfmt.Println(sum)\n}\n");
    src
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_programs_type_check_and_have_the_requested_size() {
        for lines in [100, 1000] {
            let src = generate_program(lines);
            let n = src.lines().count();
            assert!(n >= lines * 9 / 10 && n <= lines * 11 / 10, "{n} lines for {lines}");
            let mut session = loopc_driver::Session::new(Default::default());
            let c = session.compile_source("./gen.go", src, std::path::Path::new(".")).expect("in-memory source");
            assert!(!c.has_errors(), "{}", c.render(&session.sources));
        }
    }
}

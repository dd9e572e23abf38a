//! `-emit=clif` / `-emit=asm` listings, every optimisation level, both targets, and the
//! back-end errors a driver reports.

use loopc_codegen::{object, CodegenError, CodegenOptions, EmitOptions, OptLevel};
use std::str::FromStr;
use target_lexicon::Triple;

const PROGRAM: &str = "
func @main.main(ptr) export {
block0(v0: ptr):
    v1 = iconst.i64 -9
    v2 = iconst.i64 -1
    v3 = sdiv v1, v2
    return
}
";

fn units() -> Vec<loopc_ir::Module> {
    let rt = include_str!("../../loopc-runtime/ir/rt.lir");
    vec![
        loopc_ir::parse(PROGRAM).expect("test program parses"),
        loopc_ir::parse(rt).expect("runtime parses"),
        loopc_codegen::entry_shim("main.main").expect("shim parses"),
    ]
}

#[test]
fn listings_for_both_targets_and_all_opt_levels() {
    let units = units();
    let refs: Vec<&loopc_ir::Module> = units.iter().collect();
    for triple in ["x86_64-unknown-linux-gnu", "aarch64-unknown-linux-gnu"] {
        let triple = Triple::from_str(triple).expect("known triple");
        for opt_level in [OptLevel::None, OptLevel::Speed, OptLevel::SpeedAndSize] {
            let opts = CodegenOptions { opt_level, emit: EmitOptions { clif: true, asm: true } };
            let (bytes, listing) = object::compile(&refs, &triple, &opts).expect("compiles");
            assert_eq!(&bytes[..4], b"\x7fELF");
            let names: Vec<&str> = listing.clif.iter().map(|(n, _)| n.as_str()).collect();
            assert!(names.contains(&"main.main") && names.contains(&"rt_alloc") && names.contains(&"main"));
            let (_, clif) = listing.clif.iter().find(|(n, _)| n == "main.main").expect("listed");
            assert!(clif.contains("sdiv"), "{clif}");
            assert_eq!(listing.asm.len(), listing.clif.len());
            let (_, asm) = listing.asm.iter().find(|(n, _)| n == "main.main").expect("listed");
            assert!(asm.contains("ret"), "{asm}");
            assert!(listing.clif_text().contains("; main.main\n"));
        }
    }
}

#[test]
fn unsupported_target_and_missing_symbols_are_errors() {
    let units = units();
    let refs: Vec<&loopc_ir::Module> = units.iter().collect();
    let riscv = Triple::from_str("riscv64gc-unknown-linux-gnu").expect("known triple");
    let err = object::compile(&refs, &riscv, &CodegenOptions::default()).expect_err("rejected");
    assert!(matches!(err, CodegenError::UnsupportedTarget(_)), "{err}");

    // A program calling a function nobody defines cannot be JIT-compiled.
    let bad = loopc_ir::parse(
        "declare @no_such_function_anywhere(i64)\n\nfunc @main.main(ptr) export {\nblock0(v0: ptr):\n    v1 = iconst.i64 1\n    call @no_such_function_anywhere(v1)\n    return\n}\n",
    )
    .expect("parses");
    let mut units = units;
    units[0] = bad;
    let refs: Vec<&loopc_ir::Module> = units.iter().collect();
    let Err(err) = loopc_codegen::jit::compile(&refs, &CodegenOptions::default()) else {
        panic!("a call of an undefined function was accepted")
    };
    assert!(err.to_string().contains("no_such_function_anywhere"), "{err}");
}

#[test]
fn jit_reports_traps_as_signals() {
    let program = "
func @main.main(ptr) export {
block0(v0: ptr):
    trap 3
}
";
    let mut units = units();
    units[0] = loopc_ir::parse(program).expect("parses");
    let refs: Vec<&loopc_ir::Module> = units.iter().collect();
    let (prog, _) = loopc_codegen::jit::compile(&refs, &CodegenOptions::default()).expect("compiles");
    let out = prog.run(&["prog"], true).expect("runs");
    assert!(matches!(out.termination, loopc_codegen::jit::Termination::Signal(_)), "{:?}", out.termination);
}

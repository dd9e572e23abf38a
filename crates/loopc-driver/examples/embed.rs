//! Embedding loopc: another compiler builds loopc IR with the public builder, runs loopc's
//! pass pipeline on it and JIT-runs the result — no Go source involved.
//!
//! The IR is what a frontend would produce for
//!
//! ```go
//! func f() int {
//!     var fs [3]func() int
//!     for i := 0; i < 3; i++ {
//!         fs[i] = func() int { return i }
//!     }
//!     return fs[0]() + fs[1]() + fs[2]()
//! }
//! ```
//!
//! built twice: once with the loop marked `distinct` (Go 1.22 semantics: each closure
//! captures its own `i`, so `f` returns 0+1+2 = 3) and once without (Go 1.21: one shared
//! `i`, so 3+3+3 = 9). The program entry `go.entry` prints `f()`'s result.
//!
//! Run with `cargo run -p loopc-driver --example embed`.

use loopc_ir::{
    Capture, CaptureMode, ClosureInfo, FuncCursor, FuncDecl, IntCC, Linkage, LoopData, LoopKind, Module, Opcode,
    Signature, Site, SlotData, Type,
};
use loopc_passes::{PassCx, PassManager};
use loopc_span::{FileId, Span};

#[allow(dead_code)] // The integration test includes this file and calls `run` instead.
fn main() {
    for distinct in [true, false] {
        match run(distinct) {
            Ok(out) => print!("distinct={distinct}: f() = {out}"),
            Err(e) => {
                eprintln!("embed: {e}");
                std::process::exit(1);
            }
        }
    }
}

/// Builds the module, runs loopc's standard pass pipeline on it, JIT-compiles it with the
/// runtime core and returns what the program printed.
pub fn run(distinct: bool) -> Result<String, String> {
    let mut module = build(distinct);
    let mut cx = PassCx::new(Default::default());
    PassManager::standard().run(&mut module, &mut cx).map_err(|e| e.to_string())?;
    // Link with loopc's IR runtime core and an entry shim that calls `go.entry(g)`; a Go
    // program would link the whole Go runtime instead (`loopc_driver::pipeline::link_units`).
    let mut units = vec![module];
    for (name, text) in loopc_runtime::RUNTIME_IR {
        units.push(loopc_ir::parse(text).map_err(|e| format!("runtime {name}: {e}"))?);
    }
    units.push(loopc_codegen::entry_shim("go.entry").map_err(|e| e.to_string())?);
    let refs: Vec<&Module> = units.iter().collect();
    let (program, _) = loopc_codegen::jit::compile(&refs, &Default::default()).map_err(|e| e.to_string())?;
    let out = program.run(&["embed"], true).map_err(|e| e.to_string())?;
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

fn span(lo: u32, hi: u32) -> Span {
    Span::new(FileId(0), lo, hi)
}

/// `main.f`, its function literal, and the entry `go.entry(g)` that writes `f()` as one
/// decimal digit and a newline with libc `write`.
pub fn build(distinct: bool) -> Module {
    let mut m = Module::new();
    let f = m.declare_func("main.f", Signature::new(&[Type::Ptr], &[Type::I64]), Linkage::Local).expect("fresh");
    let lit = m
        .decls
        .declare_func(FuncDecl {
            name: "main.f.func1".into(),
            sig: Signature::new(&[Type::Ptr, Type::Ptr], &[Type::I64]),
            linkage: Linkage::Local,
            closure: None,
        })
        .expect("fresh name");
    let write =
        m.declare_func("write", Signature::new(&[Type::I32, Type::Ptr, Type::I64], &[Type::I64]), Linkage::Import);
    let write = write.expect("fresh name");
    let entry_fn = m.declare_func("go.entry", Signature::new(&[Type::Ptr], &[]), Linkage::Export).expect("fresh");

    // main.f: a 3-clause loop whose variable is a slot captured by reference.
    let mut body = loopc_ir::Func::new();
    let mut cur = FuncCursor::new(&m.decls, &mut body);
    let i = cur.create_slot(SlotData::new("i", 8, 8, span(48, 49)));
    let mut lp = LoopData::new(LoopKind::ThreeClause, span(44, 47));
    lp.end = span(86, 90);
    lp.distinct = distinct;
    let lp = cur.create_loop(lp);
    cur.add_loop_var(lp, i);
    let sig = cur.import_sig(Signature::new(&[Type::Ptr], &[Type::I64]));
    let (entry, header, bodyb, latch, exit) =
        (cur.create_block(), cur.create_block(), cur.create_block(), cur.create_block(), cur.create_block());
    let g = cur.append_block_param(entry, Type::Ptr);

    cur.switch_to_block(entry);
    cur.set_span(span(20, 40));
    let fs = cur.alloc(24, 8);
    cur.slot_start(i);
    let a = cur.slot_addr(i);
    let zero = cur.iconst(Type::I64, 0);
    cur.store(zero, a, 0);
    cur.jump(header, &[]);

    cur.switch_to_block(header);
    let a = cur.slot_addr(i);
    let iv = cur.load(Type::I64, a, 0);
    let three = cur.iconst(Type::I64, 3);
    let c = cur.icmp(IntCC::Slt, iv, three);
    cur.brif(c, bodyb, &[], exit, &[]);

    cur.switch_to_block(bodyb);
    let a = cur.slot_addr(i);
    let clo = cur.make_closure(lit, &[a], Site { lp: Some(lp), in_return: false });
    let a = cur.slot_addr(i);
    let iv = cur.load(Type::I64, a, 0);
    let eight = cur.iconst(Type::I64, 8);
    let off = cur.imul(iv, eight);
    let elem = cur.ptr_add(fs, off);
    cur.store(clo, elem, 0);
    cur.jump(latch, &[]);

    // The iteration boundary: the loopvar pass turns the marker into `slot_renew` for a
    // distinct loop (the post statement then runs on the new copy) or deletes it.
    cur.switch_to_block(latch);
    cur.loop_next(lp);
    let a = cur.slot_addr(i);
    let iv = cur.load(Type::I64, a, 0);
    let one = cur.iconst(Type::I64, 1);
    let next = cur.iadd(iv, one);
    cur.store(next, a, 0);
    cur.jump(header, &[]);

    cur.switch_to_block(exit);
    let mut sum = cur.iconst(Type::I64, 0);
    for k in 0..3 {
        let clo = cur.load(Type::Ptr, fs, 8 * k);
        let r = cur.call_closure(sig, clo, &[g])[0];
        sum = cur.iadd(sum, r);
    }
    cur.ret(&[sum]);
    m.define(f, body);

    // The literal: `return i` through its environment.
    m.decls.funcs[lit].closure = Some(ClosureInfo {
        parent: f,
        range_body: None,
        captures: vec![Capture { name: "i".into(), mode: CaptureMode::ByRef, size: 8, align: 8, slot: Some(i) }],
    });
    let mut body = loopc_ir::Func::new();
    let mut cur = FuncCursor::new(&m.decls, &mut body);
    let entry = cur.create_block();
    let ctx = cur.append_block_param(entry, Type::Ptr);
    cur.append_block_param(entry, Type::Ptr);
    cur.switch_to_block(entry);
    let p = cur.env_addr(ctx, 0);
    let v = cur.load(Type::I64, p, 0);
    cur.ret(&[v]);
    m.define(lit, body);

    // go.entry(g): buf = "<digit>\n"; write(1, buf, 2).
    let mut body = loopc_ir::Func::new();
    let mut cur = FuncCursor::new(&m.decls, &mut body);
    let entry = cur.create_block();
    let g = cur.append_block_param(entry, Type::Ptr);
    cur.switch_to_block(entry);
    let r = cur.call(f, &[g])[0];
    let ascii0 = cur.iconst(Type::I64, i64::from(b'0'));
    let digit = cur.iadd(r, ascii0);
    let digit = cur.convert(Opcode::Trunc, Type::I8, digit);
    let buf = cur.alloc(2, 1);
    cur.store(digit, buf, 0);
    let nl = cur.iconst(Type::I8, i64::from(b'\n'));
    cur.store(nl, buf, 1);
    let fd = cur.iconst(Type::I32, 1);
    let len = cur.iconst(Type::I64, 2);
    cur.call(write, &[fd, buf, len]);
    cur.ret(&[]);
    m.define(entry_fn, body);
    m
}

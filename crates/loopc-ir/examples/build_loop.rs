//! Builds, from scratch, the IR that lowering produces for
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
//! (Go 1.21 shape: one `i`, plus the `loop_next` marker where the loopvar pass puts
//! `slot_renew` for Go 1.22 semantics), prints it, parses the text back, checks that printing
//! again gives the same text, and verifies the module.
//!
//! Run with `cargo run -p loopc-ir --example build_loop`.

use loopc_ir::{
    Capture, CaptureMode, ClosureInfo, FuncCursor, FuncDecl, IntCC, Linkage, LoopData, LoopKind, Module, Signature,
    Site, SlotData, Type,
};
use loopc_span::{FileId, Span};

fn main() {
    let module = build();
    let text = loopc_ir::module_to_string(&module);
    print!("{text}");
    let reparsed = match loopc_ir::parse(&text) {
        Ok(m) => m,
        Err(e) => {
            eprintln!("parse error: {e}");
            std::process::exit(1);
        }
    };
    assert_eq!(loopc_ir::module_to_string(&reparsed), text, "print(parse(print(m))) differs");
    if let Err(errors) = loopc_ir::verify(&reparsed) {
        for e in errors {
            eprintln!("verifier: {e}");
        }
        std::process::exit(1);
    }
    eprintln!("ok: printed, re-parsed and verified");
}

fn span(lo: u32, hi: u32) -> Span {
    Span::new(FileId(0), lo, hi)
}

fn build() -> Module {
    let mut m = Module::new();
    // Every Go function takes the goroutine pointer `g` first.
    let f =
        m.declare_func("main.f", Signature::new(&[Type::Ptr], &[Type::I64]), Linkage::Export).expect("fresh module");
    // The function literal: closure object, then g.
    let lit = m
        .decls
        .declare_func(FuncDecl {
            name: "main.f.func1".into(),
            sig: Signature::new(&[Type::Ptr, Type::Ptr], &[Type::I64]),
            linkage: Linkage::Local,
            closure: None,
        })
        .expect("fresh name");

    // Parent body.
    let mut body = loopc_ir::Func::new();
    body.require_srclocs = true;
    let mut cur = FuncCursor::new(&m.decls, &mut body);
    let i = cur.create_slot(SlotData::new("i", 8, 8, span(48, 49)));
    let mut lp = LoopData::new(LoopKind::ThreeClause, span(44, 47));
    lp.end = span(86, 90);
    let lp = cur.create_loop(lp);
    cur.add_loop_var(lp, i);
    let sig = cur.import_sig(Signature::new(&[Type::Ptr], &[Type::I64]));

    let entry = cur.create_block();
    let header = cur.create_block();
    let bodyb = cur.create_block();
    let latch = cur.create_block();
    let exit = cur.create_block();
    let g = cur.append_block_param(entry, Type::Ptr);

    cur.switch_to_block(entry);
    cur.set_span(span(20, 40));
    let fs = cur.alloc(24, 8);
    cur.set_span(span(48, 54));
    cur.slot_start(i);
    let a = cur.slot_addr(i);
    let zero = cur.iconst(Type::I64, 0);
    cur.store(zero, a, 0);
    cur.jump(header, &[]);

    cur.switch_to_block(header);
    cur.set_span(span(56, 61));
    let a = cur.slot_addr(i);
    let iv = cur.load(Type::I64, a, 0);
    let three = cur.iconst(Type::I64, 3);
    let c = cur.icmp(IntCC::Slt, iv, three);
    cur.brif(c, bodyb, &[], exit, &[]);

    cur.switch_to_block(bodyb);
    cur.set_span(span(72, 90));
    let a = cur.slot_addr(i);
    let clo = cur.make_closure(lit, &[a], Site { lp: Some(lp), in_return: false });
    let a = cur.slot_addr(i);
    let iv = cur.load(Type::I64, a, 0);
    let eight = cur.iconst(Type::I64, 8);
    let off = cur.imul(iv, eight);
    let elem = cur.ptr_add(fs, off);
    cur.store(clo, elem, 0);
    cur.jump(latch, &[]);

    cur.switch_to_block(latch);
    cur.set_span(span(63, 66));
    cur.loop_next(lp);
    let a = cur.slot_addr(i);
    let iv = cur.load(Type::I64, a, 0);
    let one = cur.iconst(Type::I64, 1);
    let next = cur.iadd(iv, one);
    cur.store(next, a, 0);
    cur.jump(header, &[]);

    cur.switch_to_block(exit);
    cur.set_span(span(100, 130));
    let mut sum = cur.iconst(Type::I64, 0);
    for k in 0..3 {
        let clo = cur.load(Type::Ptr, fs, 8 * k);
        let r = cur.call_closure(sig, clo, &[g])[0];
        sum = cur.iadd(sum, r);
    }
    cur.ret(&[sum]);
    m.define(f, body);

    // The literal's body: `return i`, reading the captured variable through the environment.
    m.decls.funcs[lit].closure = Some(ClosureInfo {
        parent: f,
        range_body: None,
        captures: vec![Capture { name: "i".into(), mode: CaptureMode::ByRef, size: 8, align: 8, slot: Some(i) }],
    });
    let mut body = loopc_ir::Func::new();
    body.require_srclocs = true;
    let mut cur = FuncCursor::new(&m.decls, &mut body);
    let entry = cur.create_block();
    let ctx = cur.append_block_param(entry, Type::Ptr);
    cur.append_block_param(entry, Type::Ptr);
    cur.switch_to_block(entry);
    cur.set_span(span(78, 88));
    let p = cur.env_addr(ctx, 0);
    let v = cur.load(Type::I64, p, 0);
    cur.ret(&[v]);
    m.define(lit, body);
    m
}

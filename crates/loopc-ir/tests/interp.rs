//! The reference interpreter on small modules, including the loop-variable semantics the
//! loopvar pass will implement by rewriting `loop_next`.

use loopc_ir::interp::{Interpreter, NoImports, Trap, Val};
use loopc_ir::{Module, Type};

fn run(m: &Module, name: &str, args: &[Val]) -> Result<Vec<Val>, Trap> {
    let f = m.decls.func_by_name(name).expect("function exists");
    Interpreter::new(m, NoImports, 100_000)?.call(f, args)
}

fn example() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../ir-tests/ir/loop-closure-example.lir"))
        .expect("the example's IR is checked in")
        .replace("test print", "")
}

#[test]
fn loop_closures_share_or_renew_the_variable() {
    let text = example();
    // Go 1.21: one `i`, all closures see its final value 3.
    let m = loopc_ir::parse(&text).expect("valid");
    assert_eq!(run(&m, "main.f", &[Val(0)]), Ok(vec![Val(9)]));
    // Go 1.22 as the loopvar pass will do it: a heap `i` renewed at the iteration boundary.
    let renewed = text
        .replace("loop_next loop0", "slot_renew ss0")
        .replace("decl 0:48-49 loop loop0", "decl 0:48-49 loop loop0 heap");
    let m = loopc_ir::parse(&renewed).expect("valid");
    loopc_ir::verify(&m).expect("verifies");
    assert_eq!(run(&m, "main.f", &[Val(0)]), Ok(vec![Val(3)]), "0 + 1 + 2");
    // A stack slot has one frame area: renewing it shares storage, so the closures that
    // outlive their iteration see 3 again. This is why escape analysis must choose heap here.
    let stack = renewed.replace("loop loop0 heap", "loop loop0 stack");
    let m = loopc_ir::parse(&stack).expect("valid");
    assert_eq!(run(&m, "main.f", &[Val(0)]), Ok(vec![Val(9)]));
    // A by-value capture copies the value at make_closure time.
    let byval = text.replace("env0 = ref", "env0 = val");
    let m = loopc_ir::parse(&byval).expect("valid");
    assert_eq!(run(&m, "main.f", &[Val(0)]), Ok(vec![Val(3)]));
}

#[test]
fn go_arithmetic_corner_cases() {
    let m = loopc_ir::parse(
        "func @f(i64, i64, i8, i32) -> i64, i64, i8, i64, i32, i64 {
block0(v0: i64, v1: i64, v2: i8, v3: i32):
    v4 = sdiv v0, v1
    v5 = srem v0, v1
    v6 = shl v2, v3
    v7 = sshr v0, v3
    v8 = fconst.f64 1e300
    v9 = fptosi.i32 v8
    v10 = iconst.i64 -1
    v11 = ushr v10, v3
    return v4, v5, v6, v7, v9, v11
}
",
    )
    .expect("valid");
    let min = i64::MIN;
    let got =
        run(&m, "f", &[Val(min as u64), Val::int(Type::I64, -1), Val::int(Type::I8, 1), Val::int(Type::I32, 200)]);
    assert_eq!(
        got,
        Ok(vec![
            Val(min as u64),
            Val(0),
            Val(0),
            Val::int(Type::I64, -1),
            Val::int(Type::I32, i32::MAX as i64),
            Val(0)
        ])
    );
    assert_eq!(run(&m, "f", &[Val(1), Val(0), Val(0), Val(0)]), Err(Trap::DivideByZero));
}

#[test]
fn defers_run_newest_first_and_close() {
    let m = loopc_ir::parse(
        "global @log size 8 align 8

func @f(ptr) -> i64 {
block0(v0: ptr):
    v1 = defer_frame v0
    v2 = iconst.i64 1
    v3 = alloc 8, align 8
    store v2, v3
    v4 = make_closure @f.d(v3)
    v5 = iconst.i64 2
    v6 = alloc 8, align 8
    store v5, v6
    v7 = make_closure @f.d(v6)
    defer_push v1, v4
    defer_push v1, v7
    defer_run v1
    v8 = global_addr @log
    v9 = load.i64 v8
    return v9
}

func @f.d(ptr) {
    closure @f
    env0 = val \"n\" size 8 align 8

block0(v0: ptr):
    v1 = env_addr v0, 0
    v2 = load.i64 v1
    v3 = global_addr @log
    v4 = load.i64 v3
    v5 = iconst.i64 10
    v6 = imul v4, v5
    v7 = iadd v6, v2
    store v7, v3
    return
}
",
    )
    .expect("valid");
    loopc_ir::verify(&m).expect("verifies");
    // Newest first: 2 then 1 gives 21.
    assert_eq!(run(&m, "f", &[Val(0)]), Ok(vec![Val(21)]));
}

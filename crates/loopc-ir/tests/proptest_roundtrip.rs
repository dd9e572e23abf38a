//! Property test: random valid functions (straight-line code, diamonds, loops, slots, calls)
//! pass the verifier, and print → parse → print is the identity.

use loopc_ir::{FuncCursor, IntCC, Linkage, Module, Opcode, Signature, SlotData, Type, Value};
use loopc_span::Span;
use proptest::prelude::*;

#[derive(Clone, Debug)]
enum Stmt {
    Const(i64),
    Arith(u8, usize, usize),
    Cmp(u8, usize, usize),
    Store(usize),
    Call(usize),
    Diamond(usize, Vec<Stmt>, Vec<Stmt>),
    Loop(usize, Vec<Stmt>),
}

fn stmt() -> impl Strategy<Value = Stmt> {
    let leaf = prop_oneof![
        any::<i64>().prop_map(Stmt::Const),
        (0u8..8, any::<usize>(), any::<usize>()).prop_map(|(o, a, b)| Stmt::Arith(o, a, b)),
        (0u8..10, any::<usize>(), any::<usize>()).prop_map(|(c, a, b)| Stmt::Cmp(c, a, b)),
        any::<usize>().prop_map(Stmt::Store),
        any::<usize>().prop_map(Stmt::Call),
    ];
    leaf.prop_recursive(4, 48, 6, |inner| {
        prop_oneof![
            (any::<usize>(), prop::collection::vec(inner.clone(), 0..5), prop::collection::vec(inner.clone(), 0..5))
                .prop_map(|(c, t, e)| Stmt::Diamond(c, t, e)),
            (any::<usize>(), prop::collection::vec(inner, 0..6)).prop_map(|(n, b)| Stmt::Loop(n, b)),
        ]
    })
}

const ARITH: [Opcode; 8] =
    [Opcode::Iadd, Opcode::Isub, Opcode::Imul, Opcode::And, Opcode::Or, Opcode::Xor, Opcode::Shl, Opcode::Ushr];

struct Gen<'a, 'b> {
    cur: &'b mut FuncCursor<'a>,
    slot: loopc_ir::Slot,
    callee: loopc_ir::FuncRef,
    spans: u32,
}

impl Gen<'_, '_> {
    fn pick(vals: &[Value], i: usize) -> Value {
        vals[i % vals.len()]
    }

    fn next_span(&mut self) {
        self.spans += 1;
        self.cur.set_span(Span::new(loopc_span::FileId(0), self.spans, self.spans + 1));
    }

    fn stmts(&mut self, stmts: &[Stmt], vals: &mut Vec<Value>) {
        for s in stmts {
            self.next_span();
            match s {
                Stmt::Const(c) => vals.push(self.cur.iconst(Type::I64, *c)),
                Stmt::Arith(op, a, b) => {
                    let v =
                        self.cur.binary(ARITH[*op as usize % ARITH.len()], Self::pick(vals, *a), Self::pick(vals, *b));
                    vals.push(v);
                }
                Stmt::Cmp(c, a, b) => {
                    let cc = IntCC::ALL[*c as usize % IntCC::ALL.len()];
                    let flag = self.cur.icmp(cc, Self::pick(vals, *a), Self::pick(vals, *b));
                    let v = self.cur.convert(Opcode::Uext, Type::I64, flag);
                    vals.push(v);
                }
                Stmt::Store(a) => {
                    let p = self.cur.slot_addr(self.slot);
                    self.cur.store(Self::pick(vals, *a), p, 0);
                    vals.push(self.cur.load(Type::I64, p, 0));
                }
                Stmt::Call(a) => {
                    let r = self.cur.call(self.callee, &[Self::pick(vals, *a)]);
                    vals.push(r[0]);
                }
                Stmt::Diamond(c, then, els) => {
                    let zero = self.cur.iconst(Type::I64, 0);
                    let cond = self.cur.icmp(IntCC::Ne, Self::pick(vals, *c), zero);
                    let (tb, eb, join) = (self.cur.create_block(), self.cur.create_block(), self.cur.create_block());
                    let param = self.cur.append_block_param(join, Type::I64);
                    self.cur.brif(cond, tb, &[], eb, &[]);
                    for (block, body) in [(tb, then), (eb, els)] {
                        self.cur.switch_to_block(block);
                        let mut scope = vals.clone();
                        self.stmts(body, &mut scope);
                        let out = *scope.last().expect("scope is never empty");
                        self.cur.jump(join, &[out]);
                    }
                    self.cur.switch_to_block(join);
                    vals.push(param);
                }
                Stmt::Loop(n, body) => {
                    let trips = self.cur.iconst(Type::I64, (*n % 4) as i64);
                    let zero = self.cur.iconst(Type::I64, 0);
                    let (header, bodyb, exit) =
                        (self.cur.create_block(), self.cur.create_block(), self.cur.create_block());
                    let i = self.cur.append_block_param(header, Type::I64);
                    self.cur.jump(header, &[zero]);
                    self.cur.switch_to_block(header);
                    let more = self.cur.icmp(IntCC::Slt, i, trips);
                    self.cur.brif(more, bodyb, &[], exit, &[]);
                    self.cur.switch_to_block(bodyb);
                    let mut scope = vals.clone();
                    scope.push(i);
                    self.stmts(body, &mut scope);
                    let one = self.cur.iconst(Type::I64, 1);
                    let next = self.cur.iadd(i, one);
                    self.cur.jump(header, &[next]);
                    self.cur.switch_to_block(exit);
                    vals.push(i);
                }
            }
        }
    }
}

fn build(stmts: &[Stmt]) -> Module {
    let mut m = Module::new();
    let sig = Signature::new(&[Type::I64], &[Type::I64]);
    let callee = m.declare_func("ext", sig.clone(), Linkage::Import).expect("fresh module");
    let f = m.declare_func("f", sig, Linkage::Export).expect("fresh name");
    let mut func = loopc_ir::Func::new();
    func.require_srclocs = true;
    let mut cur = FuncCursor::new(&m.decls, &mut func);
    let slot = cur.create_slot(SlotData::new("x", 8, 8, Span::default()));
    let entry = cur.create_block();
    let arg = cur.append_block_param(entry, Type::I64);
    cur.switch_to_block(entry);
    cur.slot_start(slot);
    let mut gen = Gen { cur: &mut cur, slot, callee, spans: 0 };
    let mut vals = vec![arg];
    gen.stmts(stmts, &mut vals);
    let last = *vals.last().expect("non-empty");
    cur.ret(&[last]);
    m.define(f, func);
    m
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn random_functions_verify_and_round_trip(stmts in prop::collection::vec(stmt(), 0..12)) {
        let m = build(&stmts);
        if let Err(errors) = loopc_ir::verify(&m) {
            let text = loopc_ir::module_to_string(&m);
            panic!("{}\n{text}", errors.iter().map(|e| e.to_string()).collect::<Vec<_>>().join("\n"));
        }
        let text = loopc_ir::module_to_string(&m);
        let reparsed = loopc_ir::parse(&text).map_err(|e| TestCaseError::fail(format!("{e}\n{text}")))?;
        prop_assert_eq!(loopc_ir::module_to_string(&reparsed), text);
        prop_assert!(loopc_ir::verify(&reparsed).is_ok());
    }

    /// The parser never panics, whatever it is given.
    #[test]
    fn parser_never_panics(text in "[ -~\n]{0,200}") {
        let _ = loopc_ir::parse(&text);
    }

    /// Nor on mutilated valid text.
    #[test]
    fn parser_survives_truncation(stmts in prop::collection::vec(stmt(), 0..6), cut in any::<usize>()) {
        let text = loopc_ir::module_to_string(&build(&stmts));
        let mut cut = cut % (text.len() + 1);
        while !text.is_char_boundary(cut) { cut -= 1; }
        let _ = loopc_ir::parse(&text[..cut]);
    }
}

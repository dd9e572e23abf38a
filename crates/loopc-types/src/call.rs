//! Calls: function and method calls (with generic instantiation and inference),
//! conversions `T(x)`, and the dispatch to builtins.

use crate::check::Checker;
use crate::info::{Instance, Mode};
use crate::operand::{start_span, OpMode, Operand};
use crate::types::{BasicKind, Param, TypeId, TypeKind, INVALID};
use loopc_span::Span;
use loopc_syntax::ast::{self, ExprKind};

impl<'a> Checker<'a> {
    pub(crate) fn call_expr<'e>(&mut self, e: &'e ast::Expr) -> Operand<'e> {
        let ExprKind::Call { func, args, dots, rparen, lparen } = &e.kind else { return Operand::invalid() };
        let inv = Operand { mode: OpMode::Invalid, ty: INVALID, expr: Some(e) };
        // f[T](args): evaluate the generic function, type arguments come with the call.
        let mut inst_args: Option<&'e [ast::Expr]> = None;
        let mut x = match &func.kind {
            ExprKind::Index { x: fx, indices, .. } => {
                let fo = self.expr_or_type(fx, true);
                if fo.mode != OpMode::TypeExpr
                    && matches!(self.types.kind(fo.ty), TypeKind::Func(s) if !s.tparams.is_empty())
                {
                    inst_args = Some(indices);
                    Operand { mode: OpMode::Value, ty: fo.ty, expr: Some(func) }
                } else {
                    self.raw_expr(func, None, true)
                }
            }
            _ => self.expr_or_type(func, true),
        };
        match x.mode.clone() {
            OpMode::Invalid => {
                self.use_exprs(args);
                return inv;
            }
            OpMode::TypeExpr => {
                if self.is_generic_type(x.ty) {
                    let msg = format!("cannot use generic type {} without instantiation", self.ts(x.ty));
                    self.error(x.span(), msg);
                    self.use_exprs(args);
                    return inv;
                }
                let t = x.ty;
                match args.len() {
                    0 => {
                        let msg = format!("missing argument in conversion to {}", self.ts(t));
                        self.error(*rparen, msg);
                    }
                    1 => {
                        let mut a = self.expr(&args[0]);
                        if !a.is_invalid() {
                            if self.types.is_interface(t)
                                && !self.types.is_type_param(t)
                                && !self.types.type_set(t).is_method_set()
                            {
                                let msg = format!("cannot use interface {} in conversion (contains specific type constraints or is comparable)", self.ts(t));
                                self.error(start_span(e), msg);
                            } else if dots.is_some() {
                                let msg = format!("invalid use of ... in conversion to {}", self.ts(t));
                                self.error(start_span(&args[0]), msg);
                            } else {
                                self.conversion(&mut a, t);
                                if !a.is_invalid() {
                                    a.expr = Some(e);
                                    return a;
                                }
                            }
                        }
                    }
                    n => {
                        self.use_exprs(args);
                        let msg = format!("too many arguments in conversion to {}", self.ts(t));
                        self.error(start_span(&args[n - 1]), msg);
                    }
                }
                return inv;
            }
            OpMode::Builtin(b) => {
                let r = self.builtin(e, b, args, *dots);
                return match r {
                    Some(mut o) => {
                        o.expr = Some(e);
                        o
                    }
                    None => inv,
                };
            }
            _ => {}
        }
        let Some(sig) = self.types.signature(x.ty).filter(|_| !self.types.is_type_param(x.ty) || self.core_func(x.ty))
        else {
            let what = self.ts(x.ty);
            let msg = format!("invalid operation: cannot call {}: {what} is not a function", self.op_string(&x));
            self.error(x.span(), msg);
            self.use_exprs(args);
            return inv;
        };
        let was_generic = !sig.tparams.is_empty();
        let mut sig_t = x.ty;
        let mut targs: Vec<TypeId> = Vec::new();
        let mut xlist_spans: Vec<Span> = Vec::new();
        if let Some(idx) = inst_args {
            for i in idx {
                let t = self.var_type(i);
                if t == INVALID {
                    self.use_exprs(args);
                    return inv;
                }
                targs.push(t);
                xlist_spans.push(start_span(i));
            }
            let (got, want) = (targs.len(), sig.tparams.len());
            if got > want {
                let msg = format!("got {got} type arguments but want {want}");
                self.error(start_span(&idx[want]), msg);
                self.use_exprs(args);
                return inv;
            }
            if got == want && want > 0 {
                self.verify_version(start_span(func), (1, 18), "function instantiation");
                if !self.verify_targs(start_span(func), &xlist_spans, &sig.tparams, &targs) {
                    self.use_exprs(args);
                    return inv;
                }
                sig_t = self.instantiate_sig(x.ty, &targs);
                self.record_instance(func, targs.clone(), sig_t);
                targs.clear();
            }
            // The callee `f[T]` is an expression of its own (types2 records it): its
            // instantiated signature, or the generic one that inference completes below.
            self.record(func, Mode::Value, sig_t);
        }
        // Evaluate arguments.
        let mut ops: Vec<Operand<'e>> = Vec::new();
        if args.len() == 1 && dots.is_none() {
            ops = self.multi_expr_generic(&args[0]);
        } else {
            for a in args {
                let o = self.generic_expr(a);
                ops.push(o);
            }
        }
        let fun_str = crate::exprstring::expr_string(func);
        let rsig = self.arguments(e, func, &fun_str, sig_t, targs, &xlist_spans, &mut ops, *dots, *lparen, *rparen);
        let Some(rsig_t) = rsig else {
            return inv;
        };
        let rs = self.types.signature(rsig_t).expect("invariant: signature");
        if was_generic && rs.tparams.is_empty() {
            let k = self.key(func.id);
            if let Some(tv) = self.info.types.get_mut(&k) {
                tv.ty = rsig_t;
            }
        }
        x.expr = Some(e);
        match rs.results.len() {
            0 => {
                x.mode = OpMode::NoValue;
                x.ty = self.types.empty_tuple;
            }
            1 => {
                x.mode = OpMode::Value;
                x.ty = rs.results[0].ty;
            }
            _ => {
                x.mode = OpMode::Value;
                x.ty = self.types.tuple(rs.results.iter().map(|p| p.ty).collect());
            }
        }
        x
    }

    fn core_func(&self, t: TypeId) -> bool {
        matches!(self.types.under_kind(t), TypeKind::Func(_))
    }

    fn multi_expr_generic<'e>(&mut self, e: &'e ast::Expr) -> Vec<Operand<'e>> {
        let mut x = self.raw_expr(e, None, true);
        if matches!(x.mode, OpMode::NoValue | OpMode::Builtin(_) | OpMode::TypeExpr) {
            let msg = match x.mode {
                OpMode::NoValue => format!("{} used as value", self.op_string(&x)),
                OpMode::Builtin(_) => format!("{} must be called", self.op_string(&x)),
                _ => format!("{} is not an expression", self.op_string(&x)),
            };
            self.error(x.span(), msg);
            x.invalidate();
            return vec![x];
        }
        if let TypeKind::Tuple(elems) = self.types.kind(x.ty).clone() {
            if x.mode == OpMode::Value {
                return elems.iter().map(|&t| Operand { mode: OpMode::Value, ty: t, expr: Some(e) }).collect();
            }
        }
        vec![x]
    }

    pub(crate) fn record_instance(&mut self, e: &ast::Expr, targs: Vec<TypeId>, ty: TypeId) {
        let mut e = e;
        if let ExprKind::Index { x, .. } = &e.kind {
            e = x;
        }
        let k = self.key(e.id);
        self.info.instances.insert(k, Instance { targs, ty });
    }

    fn types_summary(&self, list: &[TypeId], variadic: bool, has_dots: bool) -> String {
        let mut res = Vec::new();
        for (i, &t) in list.iter().enumerate() {
            let mut s = if t == INVALID {
                "unknown type".to_string()
            } else if self.types.is_untyped(t) {
                let k = self.types.basic_kind(t).expect("invariant: untyped is basic");
                if k.is_numeric() {
                    "number".to_string()
                } else {
                    k.name().replace("untyped ", "")
                }
            } else {
                self.ts(t)
            };
            if i + 1 == list.len() {
                if variadic {
                    if let TypeKind::Slice(el) = self.types.kind(t) {
                        s = self.ts(*el);
                    }
                    s = format!("...{s}");
                } else if has_dots {
                    s.push_str("...");
                }
            }
            res.push(s);
        }
        format!("({})", res.join(", "))
    }

    /// Checks call arguments against a (possibly generic) signature; returns the
    /// instantiated signature, or `None` after an error.
    #[allow(clippy::too_many_arguments)]
    fn arguments(
        &mut self,
        call: &ast::Expr,
        func: &ast::Expr,
        fun_str: &str,
        sig_t: TypeId,
        mut targs: Vec<TypeId>,
        xlist_spans: &[Span],
        args: &mut [Operand<'_>],
        dots: Option<Span>,
        lparen: Span,
        _rparen: Span,
    ) -> Option<TypeId> {
        let sig = self.types.signature(sig_t).expect("invariant: signature");
        let nargs = args.len();
        let mut npars = sig.params.len();
        let ddd = dots.is_some();
        let mut sig_params: Vec<Param> = sig.params.clone();
        if sig.variadic {
            if ddd {
                if let ExprKind::Call { args: a, .. } = &call.kind {
                    if a.len() == 1 && nargs > 1 {
                        let msg =
                            format!("cannot use ... with {nargs}-valued {}", crate::exprstring::expr_string(&a[0]));
                        self.error(start_span(call), msg);
                        return None;
                    }
                }
            } else if nargs + 1 >= npars {
                let last = sig.params[npars - 1].clone();
                let el = match self.types.kind(last.ty) {
                    TypeKind::Slice(e) => *e,
                    _ => last.ty,
                };
                sig_params.truncate(npars - 1);
                while sig_params.len() < nargs {
                    sig_params.push(Param { name: last.name.clone(), ty: el });
                }
                npars = nargs;
            } else {
                npars -= 1;
            }
        } else if ddd {
            let msg = format!("cannot use ... in call to non-variadic {fun_str}");
            self.error(start_span(call), msg);
            return None;
        }
        if nargs != npars {
            let (at, qual) = if nargs > npars {
                (args[npars].span(), "too many")
            } else if nargs > 0 {
                (args[nargs - 1].span(), "not enough")
            } else {
                (start_span(call), "not enough")
            };
            // gc reports a call without arguments at its closing parenthesis.
            let have: Vec<TypeId> = args.iter().map(|a| if a.is_invalid() { INVALID } else { a.ty }).collect();
            let want: Vec<TypeId> = sig.params.iter().map(|p| p.ty).collect();
            let notes = vec![
                format!("have {}", self.types_summary(&have, false, ddd)),
                format!("want {}", self.types_summary(&want, sig.variadic, false)),
            ];
            self.error_with_notes(at, format!("{qual} arguments in call to {fun_str}"), notes);
            return None;
        }
        let mut rsig_t = sig_t;
        if !sig.tparams.is_empty() {
            if !self.allow_version((1, 18)) {
                if matches!(func.kind, ExprKind::Index { .. }) {
                    self.verify_version(start_span(func), (1, 18), "function instantiation");
                } else {
                    self.verify_version(start_span(call), (1, 18), "implicit function instantiation");
                }
            }
            while targs.len() < sig.tparams.len() {
                targs.push(INVALID);
            }
            let ptypes: Vec<TypeId> = sig_params.iter().map(|p| p.ty).collect();
            let inferred = self.infer(lparen, fun_str, &sig.tparams, targs, &ptypes, args)?;
            if !self.verify_targs(lparen, xlist_spans, &sig.tparams, &inferred) {
                return None;
            }
            rsig_t = self.instantiate_sig(sig_t, &inferred);
            self.record_instance(func, inferred.clone(), rsig_t);
            let smap: Vec<(TypeId, TypeId)> = sig.tparams.iter().copied().zip(inferred.iter().copied()).collect();
            for p in sig_params.iter_mut() {
                p.ty = self.subst(p.ty, &smap);
            }
        }
        let context = format!("argument to {fun_str}");
        for (i, a) in args.iter_mut().enumerate() {
            let t = sig_params[i].ty;
            self.assignment(a, t, &context);
        }
        Some(rsig_t)
    }

    /// `T(x)` conversions.
    pub(crate) fn conversion(&mut self, x: &mut Operand<'_>, t: TypeId) {
        let const_arg = matches!(x.mode, OpMode::Constant(_));
        let tk = self.types.basic_kind(t).filter(|k| k.is_const_type() && !self.types.is_type_param(t));
        let mut ok = false;
        let mut cause = String::new();
        if let Some(k) = tk.filter(|_| const_arg) {
            let from = self.types.basic_kind(x.ty).unwrap_or(crate::types::BasicKind::Invalid);
            let v = x.const_val().cloned().expect("invariant: constant");
            match crate::constops::convert(&v, from, k) {
                Ok(nv) => {
                    ok = true;
                    x.mode = OpMode::Constant(nv);
                }
                Err(crate::constant::ConversionError::Overflows) => {
                    let msg = format!("constant {} overflows {}", crate::constops::to_string(&v), self.ts(t));
                    self.error(x.span(), msg);
                    x.invalidate();
                    return;
                }
                Err(_) => {
                    if from.is_integer() && k.is_integer() {
                        let msg = format!("constant {} overflows {}", crate::constops::to_string(&v), self.ts(t));
                        self.error(x.span(), msg);
                        x.invalidate();
                        return;
                    }
                }
            }
        } else if self.convertible_to(x, t, &mut cause) {
            ok = true;
            x.mode = OpMode::Value;
        }
        if !ok {
            let msg = if cause.is_empty() {
                format!("cannot convert {} to type {}", self.op_string(x), self.ts(t))
            } else {
                format!("cannot convert {} to type {}: {cause}", self.op_string(x), self.ts(t))
            };
            self.error(x.span(), msg);
            x.invalidate();
            return;
        }
        if self.types.is_untyped(x.ty) {
            let mut fin = t;
            if x.ty == self.types.basic(crate::types::BasicKind::UntypedNil) {
            } else if (self.types.is_interface(t) && !self.types.is_type_param(t)) || (const_arg && tk.is_none()) {
                fin = self.default_type(x.ty);
            } else if const_arg && self.types.basic_kind(x.ty).is_some_and(|k| k.is_integer()) && self.all_string(t) {
                fin = x.ty;
            }
            if let Some(e) = x.expr {
                self.update_expr_type(e, fin);
            }
        }
        x.ty = t;
    }

    fn convertible_to(&mut self, x: &Operand<'_>, t: TypeId, cause: &mut String) -> bool {
        let mut c = String::new();
        if self.assignable_to(x, t, &mut c) {
            return true;
        }
        let v = x.ty;
        let vu = self.types.underlying(v);
        let tu = self.types.underlying(t);
        let vp = self.types.is_type_param(v);
        let tp = self.types.is_type_param(t);
        if vp || tp {
            // Each type in the type sets must be convertible.
            let vterms: Vec<TypeId> = if vp {
                self.types.type_set(v).terms.clone().unwrap_or_default().iter().map(|x| x.ty).collect()
            } else {
                vec![v]
            };
            let tterms: Vec<TypeId> = if tp {
                self.types.type_set(t).terms.clone().unwrap_or_default().iter().map(|x| x.ty).collect()
            } else {
                vec![t]
            };
            if vterms.is_empty() || tterms.is_empty() {
                return false;
            }
            for &a in &vterms {
                for &b in &tterms {
                    let y = Operand { mode: OpMode::Value, ty: a, expr: x.expr };
                    let mut cc = String::new();
                    if !self.convertible_to(&y, b, &mut cc) {
                        *cause = if vp && tp {
                            format!(
                                "cannot convert {} (in {}) to type {} (in {})",
                                self.ts(a),
                                self.ts(v),
                                self.ts(b),
                                self.ts(t)
                            )
                        } else if vp {
                            format!("cannot convert {} (in {}) to type {}", self.ts(a), self.ts(v), self.ts(t))
                        } else {
                            format!("cannot convert {} to type {} (in {})", self.ts(v), self.ts(b), self.ts(t))
                        };
                        return false;
                    }
                }
            }
            return true;
        }
        if self.identical_ignore_tags(vu, tu) {
            return true;
        }
        if let (TypeKind::Pointer(a), TypeKind::Pointer(b)) = (self.types.kind(v).clone(), self.types.kind(t).clone()) {
            if self.identical_ignore_tags(self.types.underlying(a), self.types.underlying(b)) {
                return true;
            }
        }
        let (vk, tk) = (self.types.basic_kind(vu), self.types.basic_kind(tu));
        // unsafe.Pointer converts to and from every pointer type and uintptr.
        let ptr_or_uintptr = |k: Option<BasicKind>, u: TypeId| {
            k == Some(BasicKind::Uintptr) || matches!(self.types.kind(u), TypeKind::Pointer(_))
        };
        if tk == Some(BasicKind::UnsafePointer) && ptr_or_uintptr(vk, vu)
            || vk == Some(BasicKind::UnsafePointer) && ptr_or_uintptr(tk, tu)
        {
            return true;
        }
        if let (Some(a), Some(b)) = (vk, tk) {
            if (a.is_integer() || a.is_float()) && (b.is_integer() || b.is_float()) {
                return true;
            }
            if a.is_integer() && b.is_string() {
                return true;
            }
            if a.is_string() && b.is_string() {
                return true;
            }
        }
        if self.is_bytes_or_runes(tu) && vk.is_some_and(|k| k.is_string()) {
            return true;
        }
        if tk.is_some_and(|k| k.is_string()) && self.is_bytes_or_runes(vu) {
            return true;
        }
        if let TypeKind::Slice(se) = self.types.kind(vu).clone() {
            match self.types.kind(tu).clone() {
                TypeKind::Array { elem, .. } if self.types.identical(se, elem) => {
                    if !self.allow_version((1, 20)) {
                        *cause = "conversion of slice to array requires go1.20 or later".to_string();
                        return false;
                    }
                    return true;
                }
                TypeKind::Pointer(b) => {
                    if let TypeKind::Array { elem, .. } = self.types.under_kind(b).clone() {
                        if self.types.identical(se, elem) {
                            return true;
                        }
                    }
                }
                _ => {}
            }
        }
        false
    }

    fn identical_ignore_tags(&self, a: TypeId, b: TypeId) -> bool {
        if self.types.identical(a, b) {
            return true;
        }
        match (self.types.kind(a), self.types.kind(b)) {
            (TypeKind::Struct(x), TypeKind::Struct(y)) => {
                x.fields.len() == y.fields.len()
                    && x.fields
                        .iter()
                        .zip(y.fields.iter())
                        .all(|(f, g)| f.name == g.name && f.embedded == g.embedded && self.types.identical(f.ty, g.ty))
            }
            _ => false,
        }
    }

    fn is_bytes_or_runes(&self, t: TypeId) -> bool {
        match self.types.kind(t) {
            TypeKind::Slice(e) => {
                matches!(
                    self.types.basic_kind(*e).map(|k| k.canonical()),
                    Some(crate::types::BasicKind::Uint8) | Some(crate::types::BasicKind::Int32)
                )
            }
            _ => false,
        }
    }

    /// The recorded mode of an expression.
    pub(crate) fn mode_of(&self, e: &ast::Expr) -> Option<Mode> {
        self.info.types.get(&self.key(e.id)).map(|tv| tv.mode.clone())
    }
}

//! The universe scope: predeclared types, constants, `nil` and the builtin functions.

use crate::check::Checker;
use crate::constant::ConstValue;
use crate::objects::{Builtin, ObjKind, Object};
use crate::types::{BasicKind, IMethod, InterfaceType, NamedType, Param, Signature, TypeKind, INVALID};
use loopc_span::Span;

impl Checker<'_> {
    /// Declares every predeclared object in the universe scope.
    pub(crate) fn setup_universe(&mut self) {
        use BasicKind::*;
        for k in [
            Bool, Int, Int8, Int16, Int32, Int64, Uint, Uint8, Uint16, Uint32, Uint64, Uintptr, Float32, Float64,
            Complex64, Complex128, String, Byte, Rune,
        ] {
            let ty = self.types.basic(k);
            self.universe_obj(k.name(), ObjKind::TypeName, ty);
        }
        // any = interface{}
        let empty = self.types.interface(InterfaceType::default());
        let any_obj = self.universe_obj("any", ObjKind::TypeName, INVALID);
        let any = self.types.add(TypeKind::Alias { obj: any_obj, actual: empty });
        self.objs[any_obj.0 as usize].ty = any;
        self.types.any = any;

        // type error interface{ Error() string }
        let err_obj = self.universe_obj("error", ObjKind::TypeName, INVALID);
        let string = self.types.basic(String);
        let sig = self.types.func(Signature {
            results: vec![Param { name: std::string::String::new(), ty: string }],
            ..Default::default()
        });
        let m_obj = self.new_obj(Object {
            name: "Error".into(),
            kind: ObjKind::Func { has_body: false, recv_base: None, ptr_recv: false },
            ty: sig,
            span: Span::default(),
            pkg: None,
            parent: None,
            func: None,
            used: true,
        });
        let iface = self.types.interface(InterfaceType {
            methods: vec![IMethod { name: "Error".into(), sig, obj: m_obj }],
            embeddeds: vec![],
            implicit: false,
        });
        let err = self.types.add(TypeKind::Named(NamedType {
            obj: err_obj,
            underlying: iface,
            methods: vec![],
            tparams: vec![],
            orig: None,
            targs: vec![],
        }));
        self.objs[err_obj.0 as usize].ty = err;
        self.types.error = err;

        // type comparable interface{ /* comparable */ }
        let cmp_obj = self.universe_obj("comparable", ObjKind::TypeName, INVALID);
        let cmp_named = self.types.add(TypeKind::Named(NamedType {
            obj: cmp_obj,
            underlying: INVALID,
            methods: vec![],
            tparams: vec![],
            orig: None,
            targs: vec![],
        }));
        self.types.comparable = cmp_named;
        let cmp_iface =
            self.types.interface(InterfaceType { methods: vec![], embeddeds: vec![cmp_named], implicit: false });
        if let TypeKind::Named(n) = self.types.kind_mut(cmp_named) {
            n.underlying = cmp_iface;
        }
        self.objs[cmp_obj.0 as usize].ty = cmp_named;

        let ub = self.types.basic(UntypedBool);
        self.universe_obj("true", ObjKind::Const(Some(ConstValue::Bool(true))), ub);
        self.universe_obj("false", ObjKind::Const(Some(ConstValue::Bool(false))), ub);
        let ui = self.types.basic(UntypedInt);
        self.universe_obj("iota", ObjKind::Const(Some(crate::constops::int(0))), ui);
        let un = self.types.basic(UntypedNil);
        self.universe_obj("nil", ObjKind::Nil, un);
        for b in Builtin::ALL {
            self.universe_obj(b.name(), ObjKind::Builtin(b), INVALID);
        }
    }

    fn universe_obj(&mut self, name: &str, kind: ObjKind, ty: crate::types::TypeId) -> crate::objects::ObjId {
        let universe = self.universe;
        let id = self.new_obj(Object {
            name: name.into(),
            kind,
            ty,
            span: Span::default(),
            pkg: None,
            parent: Some(universe),
            func: None,
            used: true,
        });
        self.scopes[universe.0 as usize].names.insert(name.into(), id);
        id
    }
}

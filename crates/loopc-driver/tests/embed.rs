//! The embedding example (`examples/embed.rs`) must build IR through the public builder,
//! pass loopc's pipeline and print what Go prints for the same loop under each semantics.

#[path = "../examples/embed.rs"]
mod embed;

#[test]
fn per_iteration_loop_variable_gives_each_closure_its_own_i() {
    assert_eq!(embed::run(true).expect("embed runs"), "3\n");
}

#[test]
fn shared_loop_variable_gives_every_closure_the_last_i() {
    assert_eq!(embed::run(false).expect("embed runs"), "9\n");
}

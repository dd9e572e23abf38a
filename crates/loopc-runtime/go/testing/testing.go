// Package testing is loopc's implementation of the subset of Go's testing package that
// loopc supports: the types T and B with the methods tests, subtests and benchmarks use
// most (Run, Parallel, Errorf, Fatalf, Helper, Log, Failed, Name; B.N, ResetTimer,
// StopTimer, StartTimer, ReportAllocs, Loop, Run), with Go's exact signatures.
//
// loopc has no goroutines: Run calls its function synchronously and Parallel only records
// that the test asked to run in parallel (in Go it suspends the subtest until its parent's
// function returns). `loopc vet` relies on the declarations only: its loopclosure analysis
// recognizes calls of (*T).Run and (*T).Parallel by their receiver type testing.T.
//
// The type B and the benchmark driver `loopc bench` runs are in benchmark.go. T's Fatalf
// (stopping the test's goroutine) is declared without a body and marked
// `// Implemented by the runtime (issue 9).`: loopc has no test runner yet.
package testing

import "fmt"

// T is a type passed to Test functions to manage test state and support formatted test
// logs.
type T struct {
	name     string
	failed   bool
	parallel bool
	helper   bool
	output   []string
}

// Name returns the name of the running test or subtest.
func (t *T) Name() string {
	return t.name
}

// Run runs f as a subtest of t called name and reports whether f succeeded. A failed
// subtest marks t failed too.
func (t *T) Run(name string, f func(t *T)) bool {
	sub := &T{name: t.name + "/" + name}
	f(sub)
	t.output = append(t.output, sub.output...)
	if sub.failed {
		t.failed = true
	}
	return !sub.failed
}

// Parallel signals that this test is to be run in parallel with (and only with) other
// parallel tests.
func (t *T) Parallel() {
	t.parallel = true
}

// Helper marks the calling function as a test helper function.
func (t *T) Helper() {
	t.helper = true
}

// Log formats its arguments using default formatting, analogous to Println, and records
// the text in the error log.
func (t *T) Log(args ...any) {
	t.output = append(t.output, fmt.Sprintln(args...))
}

// Errorf is equivalent to Logf followed by Fail.
func (t *T) Errorf(format string, args ...any) {
	t.output = append(t.output, fmt.Sprintf(format, args...)+"\n")
	t.failed = true
}

// Failed reports whether the function has failed.
func (t *T) Failed() bool {
	return t.failed
}

// Fatalf is equivalent to Logf followed by FailNow, which stops the test's goroutine.
// Implemented by the runtime (issue 9).
func (t *T) Fatalf(format string, args ...any)


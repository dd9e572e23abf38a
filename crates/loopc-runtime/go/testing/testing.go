// Package testing is loopc's implementation of the subset of Go's testing package that
// loopc supports: the types T and B with the methods tests, subtests and benchmarks use
// most (Run, Parallel, Errorf, Fatalf, Helper, Log, Failed, Name; B.N, ResetTimer,
// StopTimer, StartTimer, ReportAllocs, Loop), with Go's exact signatures.
//
// loopc has no goroutines: Run calls its function synchronously and Parallel only records
// that the test asked to run in parallel (in Go it suspends the subtest until its parent's
// function returns). `loopc vet` relies on the declarations only: its loopclosure analysis
// recognizes calls of (*T).Run and (*T).Parallel by their receiver type testing.T.
//
// Methods needing run-time support (stopping the test's goroutine in Fatalf, timers,
// allocation counters, benchmark iteration control) are declared without a body and
// marked `// Implemented by the runtime (issue 9).`.
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

// B is a type passed to Benchmark functions to manage benchmark timing and control the
// number of iterations.
type B struct {
	// N is the number of iterations the benchmark body must run.
	N int

	name         string
	failed       bool
	helper       bool
	reportAllocs bool
	output       []string
}

// Name returns the name of the running benchmark.
func (b *B) Name() string {
	return b.name
}

// Run benchmarks f as a subbenchmark with the given name and reports whether it
// succeeded.
func (b *B) Run(name string, f func(b *B)) bool {
	sub := &B{N: 1, name: b.name + "/" + name}
	f(sub)
	b.output = append(b.output, sub.output...)
	if sub.failed {
		b.failed = true
	}
	return !sub.failed
}

// Helper marks the calling function as a test helper function.
func (b *B) Helper() {
	b.helper = true
}

// Log formats its arguments using default formatting, analogous to Println, and records
// the text in the error log.
func (b *B) Log(args ...any) {
	b.output = append(b.output, fmt.Sprintln(args...))
}

// Errorf is equivalent to Logf followed by Fail.
func (b *B) Errorf(format string, args ...any) {
	b.output = append(b.output, fmt.Sprintf(format, args...)+"\n")
	b.failed = true
}

// Failed reports whether the function has failed.
func (b *B) Failed() bool {
	return b.failed
}

// Fatalf is equivalent to Logf followed by FailNow, which stops the benchmark's goroutine.
// Implemented by the runtime (issue 9).
func (b *B) Fatalf(format string, args ...any)

// ReportAllocs enables malloc statistics for this benchmark.
func (b *B) ReportAllocs() {
	b.reportAllocs = true
}

// ResetTimer zeroes the elapsed benchmark time and memory allocation counters.
// Implemented by the runtime (issue 9).
func (b *B) ResetTimer()

// StopTimer stops timing a test.
// Implemented by the runtime (issue 9).
func (b *B) StopTimer()

// StartTimer starts timing a test.
// Implemented by the runtime (issue 9).
func (b *B) StartTimer()

// Loop returns true as long as the benchmark should continue running, timing only the
// iterations of its loop.
// Implemented by the runtime (issue 9).
func (b *B) Loop() bool

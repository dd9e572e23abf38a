// Package testing is loopc's implementation of Go's testing package (see testing.go).
//
// This file is loopc's benchmark driver: the type B and everything `loopc bench` runs
// inside the JIT-compiled program, in the same order and with the same arithmetic as
// `go test -bench` (src/testing/benchmark.go), so that benchstat reads both outputs alike.
//
// # Theory of operation
//
// `loopc bench` compiles the user's file with one generated declaration appended: an init
// function, which runs after every package initializer and init of the file, calling
// MainBenchmarks with the flag values and the matched Benchmark functions. MainBenchmarks
// never returns: it prints PASS or FAIL and exits (0 or 1), so the file's main, if any,
// never runs (in `go test` the generated test main replaces it too).
//
// Everything that is measured happens in this process: the clock is libc's
// clock_gettime(CLOCK_MONOTONIC) and the allocation counters are the runtime core's
// (rt_memstats, counted in rt_alloc), so generated code never calls back into the compiler.
//
// Each benchmark runs as in Go: once with N=1 (run1), then launch grows N with predictN
// (at most 100x per step, at least +1, 1.2x the estimate, capped at 1e9) until the measured
// time reaches -benchtime, or runs exactly -benchtime=Nx iterations; a benchmark using
// B.Loop ramps up inside Loop instead. Top-level benchmarks are subbenchmarks of a "Main"
// benchmark, so B.Run nests the same way.
//
// # Differences from Go (documented, not hidden)
//
//   - loopc has no goroutines: FailNow/Fatal/SkipNow unwind with a private panic that the
//     driver recovers (Go uses runtime.Goexit); a benchmark's own recover() in a deferred
//     call can stop that unwinding, which Goexit would not allow.
//   - Log lines have no `file:line:` prefix (loopc has no runtime.Caller).
//   - -cpu only changes the `-N` name suffix: there is one thread (GOMAXPROCS is moot).
//   - -bench filters top-level benchmarks only (the compiler matches the regexp); every
//     subbenchmark of a matched benchmark runs.
//   - B/op counts the bytes requested from the allocator (Go counts size-class bytes).
//   - Elapsed, ReportMetric, RunParallel and Cleanup are not provided.

package testing

import (
	"fmt"
	"os"
	"strconv"
)

// timespec is C's struct timespec on 64-bit Linux.
type timespec struct {
	sec  int64
	nsec int64
}

// clockMonotonic is CLOCK_MONOTONIC (Linux).
const clockMonotonic = 1

//loopc:libc clock_gettime
func libc_clock_gettime(clock int32, ts *timespec) int32

//loopc:libc alarm
func libc_alarm(seconds uint32) uint32

// memStats receives the runtime core's allocation counters.
type memStats struct {
	mallocs    uint64 // objects allocated since the program started
	totalAlloc uint64 // bytes requested by those allocations
}

// rt_memstats copies the allocation counters (ir/rt.lir; no hidden g).
//
//loopc:libc rt_memstats
func rt_memstats(m *memStats)

// clockBuf and memStatsBuf receive what libc and the runtime core write. They are package
// variables because a local whose address reaches C escapes to the heap, and the timer
// must not allocate (its allocations would be counted in the benchmark's).
var (
	clockBuf    timespec
	memStatsBuf memStats
)

// nanotime returns the monotonic clock in nanoseconds.
func nanotime() int64 {
	libc_clock_gettime(clockMonotonic, &clockBuf)
	return clockBuf.sec*1000000000 + clockBuf.nsec
}

// readMemStats reads the allocation counters.
func readMemStats() memStats {
	rt_memstats(&memStatsBuf)
	return memStatsBuf
}

// InternalBenchmark is one Benchmark function and its name. Like Go's, it is exported only
// for the generated harness.
type InternalBenchmark struct {
	Name string
	F    func(b *B)
}

// benchTime is -benchtime: run for d nanoseconds, or exactly n iterations when n > 0.
type benchTime struct {
	d int64
	n int
}

// benchState is what every B of one `loopc bench` run shares.
type benchState struct {
	maxLen     int // width of the name column
	extLen     int // length of the longest -N suffix
	cpus       []int
	count      int
	benchmem   bool
	progress   bool     // report each round's N on stderr
	labels     []string // goos/goarch/pkg/cpu lines, printed before the first result
	labelsDone bool
	subNames   map[string]int // uses of each subbenchmark name, for #NN suffixes
}

// goexit is the panic value FailNow and SkipNow unwind the benchmark function with.
type goexit struct{}

// B is a type passed to Benchmark functions to manage benchmark timing and control the
// number of iterations.
type B struct {
	// N is the number of iterations the benchmark body must run.
	N int

	name      string
	level     int
	parent    *B
	state     *benchState
	benchFunc func(b *B)
	benchTime benchTime

	failed    bool
	skipped   bool
	finished  bool // FailNow or SkipNow ended the benchmark function
	exiting   bool // unwinding with goexit
	hasSub    bool
	helper    bool
	output    []byte
	timerOn   bool
	showAlloc bool

	start            int64 // clock at StartTimer
	duration         int64 // accumulated timed nanoseconds
	previousN        int
	previousDuration int64
	bytes            int64
	missingBytes     bool
	startAllocs      uint64
	startBytes       uint64
	netAllocs        uint64
	netBytes         uint64
	result           benchResult

	// B.Loop's state: loopN is the target, loopI the iterations run; loopI's top bit is set
	// while the timer is stopped so that Loop takes its slow (checking) path.
	loopN    uint64
	loopI    uint64
	loopDone bool
}

// loopPoisonTimer is the bit of B.loopI that StopTimer sets.
const loopPoisonTimer = uint64(1) << 63

// maxBenchPredictIters bounds N (Go: 1e9, which also keeps N in a 32-bit int).
const maxBenchPredictIters = 1000000000

// MainBenchmarks runs benchmarks with the settings of `loopc bench` and exits: status 0
// after PASS, 1 after FAIL. benchtimeNs/benchtimeN are -benchtime (N > 0 wins), cpus the
// -cpu list, timeoutSec -timeout (0: none), labels the header lines. It is loopc's test
// main, exported only for the harness `loopc bench` generates.
func MainBenchmarks(benchtimeNs int64, benchtimeN int, count int, cpus []int, benchmem bool, timeoutSec int, progress bool, labels []string, benchmarks []InternalBenchmark) {
	if timeoutSec > 0 {
		libc_alarm(uint32(timeoutSec))
	}
	maxprocs := 1
	for _, procs := range cpus {
		if procs > maxprocs {
			maxprocs = procs
		}
	}
	s := &benchState{
		extLen:   len(benchmarkName("", maxprocs)),
		cpus:     cpus,
		count:    count,
		benchmem: benchmem,
		progress: progress,
		labels:   labels,
		subNames: map[string]int{},
	}
	for _, bm := range benchmarks {
		if l := len(benchmarkName(bm.Name, maxprocs)) + s.extLen + 1; l > s.maxLen {
			s.maxLen = l
		}
	}
	main := &B{
		name:      "Main",
		state:     s,
		benchTime: benchTime{d: benchtimeNs, n: benchtimeN},
		benchFunc: func(b *B) {
			for _, bm := range benchmarks {
				b.Run(bm.Name, bm.F)
			}
		},
	}
	main.runN(1)
	if main.failed {
		fmt.Println("FAIL")
		os.Exit(1)
	}
	fmt.Println("PASS")
	os.Exit(0)
}

// benchmarkName returns the full name of a benchmark including the GOMAXPROCS suffix.
func benchmarkName(name string, n int) string {
	if n != 1 {
		return name + "-" + strconv.Itoa(n)
	}
	return name
}

// StartTimer starts timing a test. It is called before a benchmark starts, and can resume
// timing after StopTimer.
func (b *B) StartTimer() {
	if !b.timerOn {
		m := readMemStats()
		b.startAllocs = m.mallocs
		b.startBytes = m.totalAlloc
		b.start = nanotime()
		b.timerOn = true
		b.loopI &^= loopPoisonTimer
	}
}

// StopTimer stops timing a test, e.g. while performing setup that should not be measured.
func (b *B) StopTimer() {
	if b.timerOn {
		b.duration += nanotime() - b.start
		m := readMemStats()
		b.netAllocs += m.mallocs - b.startAllocs
		b.netBytes += m.totalAlloc - b.startBytes
		b.timerOn = false
		b.loopI |= loopPoisonTimer
	}
}

// ResetTimer zeroes the elapsed benchmark time and memory allocation counters. It does not
// affect whether the timer is running.
func (b *B) ResetTimer() {
	if b.timerOn {
		m := readMemStats()
		b.startAllocs = m.mallocs
		b.startBytes = m.totalAlloc
		b.start = nanotime()
	}
	b.duration = 0
	b.netAllocs = 0
	b.netBytes = 0
}

// SetBytes records the number of bytes processed in a single operation; the result line
// then also reports MB/s.
func (b *B) SetBytes(n int64) { b.bytes = n }

// ReportAllocs enables malloc statistics for this benchmark, as -benchmem does for all.
func (b *B) ReportAllocs() {
	b.showAlloc = true
}

// Name returns the name of the running benchmark.
func (b *B) Name() string {
	return b.name
}

// Helper marks the calling function as a test helper function.
func (b *B) Helper() {
	b.helper = true
}

// Log formats its arguments using default formatting, analogous to Println, and records
// the text in the benchmark's log, which is always printed.
func (b *B) Log(args ...any) {
	b.log(fmt.Sprintln(args...))
}

// Logf formats its arguments according to the format, analogous to Printf, and records
// the text in the benchmark's log.
func (b *B) Logf(format string, args ...any) {
	b.log(fmt.Sprintf(format, args...))
}

// Error is equivalent to Log followed by Fail.
func (b *B) Error(args ...any) {
	b.log(fmt.Sprintln(args...))
	b.Fail()
}

// Errorf is equivalent to Logf followed by Fail.
func (b *B) Errorf(format string, args ...any) {
	b.log(fmt.Sprintf(format, args...))
	b.Fail()
}

// Fatal is equivalent to Log followed by FailNow.
func (b *B) Fatal(args ...any) {
	b.log(fmt.Sprintln(args...))
	b.FailNow()
}

// Fatalf is equivalent to Logf followed by FailNow.
func (b *B) Fatalf(format string, args ...any) {
	b.log(fmt.Sprintf(format, args...))
	b.FailNow()
}

// Skip is equivalent to Log followed by SkipNow.
func (b *B) Skip(args ...any) {
	b.log(fmt.Sprintln(args...))
	b.SkipNow()
}

// Skipf is equivalent to Logf followed by SkipNow.
func (b *B) Skipf(format string, args ...any) {
	b.log(fmt.Sprintf(format, args...))
	b.SkipNow()
}

// Fail marks the benchmark (and its parents) as having failed but continues execution.
func (b *B) Fail() {
	if b.parent != nil {
		b.parent.Fail()
	}
	b.failed = true
}

// Failed reports whether the benchmark has failed.
func (b *B) Failed() bool {
	return b.failed
}

// Skipped reports whether the benchmark was skipped.
func (b *B) Skipped() bool {
	return b.skipped
}

// FailNow marks the benchmark as failed and stops its execution: deferred calls run, then
// the driver continues with the next benchmark.
func (b *B) FailNow() {
	b.Fail()
	b.finished = true
	b.exiting = true
	panic(goexit{})
}

// SkipNow marks the benchmark as skipped and stops its execution.
func (b *B) SkipNow() {
	b.skipped = true
	b.finished = true
	b.exiting = true
	panic(goexit{})
}

// log appends s to the output as Go decorates it: indented by four spaces, continuation
// lines by eight, ending in a newline.
func (b *B) log(s string) {
	if len(s) == 0 || s[len(s)-1] != '\n' {
		s += "\n"
	}
	b.output = append(b.output, "    "...)
	for i := 0; i < len(s); i++ {
		b.output = append(b.output, s[i])
		if s[i] == '\n' && i+1 < len(s) {
			b.output = append(b.output, "        "...)
		}
	}
}

// timedCall runs the benchmark function once with the timer on, stopping the unwinding
// FailNow and SkipNow start (and no other panic: a real panic ends the program as in Go).
// The deferred call is set up before the timer starts: loopc's defer records are heap
// objects, which must not count as the benchmark's allocations.
func (b *B) timedCall() {
	defer func() {
		if b.exiting {
			b.exiting = false
			recover()
			b.StopTimer()
		}
	}()
	b.ResetTimer()
	b.StartTimer()
	b.benchFunc(b)
	b.StopTimer()
}

// runN runs the benchmark function once with b.N = n, timing it.
func (b *B) runN(n int) {
	b.N = n
	b.loopN = 0
	b.loopI = 0
	b.loopDone = false
	b.timedCall()
	b.previousN = n
	b.previousDuration = b.duration
	if b.loopN > 0 && !b.loopDone && !b.failed {
		b.Error("benchmark function returned without B.Loop() == false (break or return in loop?)")
	}
}

// run1 runs the first iteration of the benchmark function. It reports whether more
// iterations should run (not after a failure or skip, nor for a benchmark with
// subbenchmarks).
func (b *B) run1() bool {
	if s := b.state; s != nil {
		if n := len(b.name) + s.extLen + 1; n > s.maxLen {
			s.maxLen = n + 8 // slack, as Go adds, to avoid many jumps in width
		}
	}
	b.runN(1)
	if b.failed {
		fmt.Printf("--- FAIL: %s\n%s", b.name, string(b.output))
		return false
	}
	return !(b.hasSub || b.finished)
}

// run prints the header lines before the first result, then measures b for every -cpu
// value and -count repetition.
func (b *B) run() {
	s := b.state
	if !s.labelsDone {
		s.labelsDone = true
		for _, l := range s.labels {
			fmt.Println(l)
		}
	}
	s.processBench(b)
}

// doBench grows N until the benchmark has run long enough and returns the last round's
// result.
func (b *B) doBench() benchResult {
	b.launch()
	return b.result
}

// predictN returns the N of the next round: the goal time at the last round's rate plus a
// fifth, at most 100 times the last N, at least one more, at most maxBenchPredictIters.
func predictN(goalns int64, prevIters int64, prevns int64, last int64) int {
	if prevns == 0 {
		prevns = 1 // a round faster than the clock's resolution
	}
	// Multiply first: for very fast benchmarks prevIters ~= prevns.
	n := goalns * prevIters / prevns
	n += n / 5
	n = min(n, 100*last)
	n = max(n, last+1)
	n = min(n, maxBenchPredictIters)
	return int(n)
}

// launch runs the benchmark with growing N until it runs for the requested time, or for
// the requested count; a B.Loop benchmark has ramped up in run1 already.
func (b *B) launch() {
	if b.loopN == 0 {
		if b.benchTime.n > 0 {
			// run1 ran one iteration: -benchtime=1x uses that result.
			if b.benchTime.n > 1 {
				b.runN(b.benchTime.n)
			}
		} else {
			d := b.benchTime.d
			for n := int64(1); !b.failed && !b.finished && b.duration < d && n < maxBenchPredictIters; {
				last := n
				n = int64(predictN(d, int64(b.N), b.duration, last))
				b.showProgress(n)
				b.runN(int(n))
			}
			b.showProgress(0)
		}
	}
	b.result = benchResult{N: b.N, T: b.duration, Bytes: b.bytes, MemAllocs: b.netAllocs, MemBytes: b.netBytes}
}

// showProgress writes the round about to run to stderr (n = 0 clears the line), when
// `loopc bench` found stderr to be a terminal.
func (b *B) showProgress(n int64) {
	if b.state == nil || !b.state.progress {
		return
	}
	if n == 0 {
		fmt.Fprint(os.Stderr, "\r\x1b[K")
		return
	}
	fmt.Fprintf(os.Stderr, "\r\x1b[K[%s: N=%d]", b.name, n)
}

// stopOrScaleLoop decides, when B.Loop has run loopN iterations, whether to continue with
// a larger target.
func (b *B) stopOrScaleLoop() bool {
	t := b.duration
	if b.timerOn {
		t += nanotime() - b.start
	}
	if t >= b.benchTime.d {
		return false
	}
	prevIters := int64(b.loopN)
	b.loopN = uint64(predictN(b.benchTime.d, prevIters, t, prevIters))
	b.showProgress(int64(b.loopN))
	// predictN may have hit its cap: stop if the target did not grow.
	return uint64(prevIters) < b.loopN
}

// loopSlowPath is Loop's first call, the end of each ramp-up round, and any call with the
// timer stopped.
func (b *B) loopSlowPath() bool {
	if !b.timerOn {
		b.Fatal("B.Loop called with timer stopped")
	}
	if b.loopN == 0 {
		if b.benchTime.n > 0 {
			b.loopN = uint64(b.benchTime.n)
		} else {
			b.loopN = 1
		}
		// Within a b.Loop loop, b.N is not used.
		b.N = 0
		b.ResetTimer()
		b.loopI++
		return true
	}
	more := false
	if b.benchTime.n <= 0 {
		more = b.stopOrScaleLoop()
	}
	if !more {
		b.StopTimer()
		b.N = int(b.loopN)
		b.loopDone = true
		b.showProgress(0)
		return false
	}
	b.loopI++
	return true
}

// Loop returns true as long as the benchmark should continue running. The first call
// resets the timer, so setup before the loop is not measured; when it returns false it
// stops the timer, and b.N holds the number of iterations that ran.
func (b *B) Loop() bool {
	if b.loopI < b.loopN {
		b.loopI++
		return true
	}
	return b.loopSlowPath()
}

// Run benchmarks f as a subbenchmark with the given name and reports whether it
// succeeded. A benchmark that calls Run is not measured itself and runs once with N=1.
func (b *B) Run(name string, f func(b *B)) bool {
	b.hasSub = true
	benchName := name
	if b.level > 0 {
		benchName = b.state.unique(b.name, rewrite(name))
	}
	sub := &B{
		name:      benchName,
		parent:    b,
		level:     b.level + 1,
		state:     b.state,
		benchFunc: f,
		benchTime: b.benchTime,
	}
	if sub.run1() {
		sub.run()
	}
	b.add(sub.result)
	return !sub.failed
}

// add accumulates a subbenchmark's per-op figures as if the subbenchmarks ran in sequence
// in one iteration of b.
func (b *B) add(other benchResult) {
	r := &b.result
	r.N = 1
	r.T += other.NsPerOp()
	if other.Bytes == 0 {
		b.missingBytes = true
		r.Bytes = 0
	}
	if !b.missingBytes {
		r.Bytes += other.Bytes
	}
	r.MemAllocs += uint64(other.AllocsPerOp())
	r.MemBytes += uint64(other.AllocedBytesPerOp())
}

// trimOutput keeps at most ten lines of a benchmark's log.
func (b *B) trimOutput() {
	const maxNewlines = 10
	nl := 0
	for j := 0; j < len(b.output); j++ {
		if b.output[j] == '\n' {
			nl++
			if nl >= maxNewlines {
				b.output = append(b.output[:j], "\n\t... [output truncated]\n"...)
				break
			}
		}
	}
}

// processBench measures b for every -cpu value and -count repetition and prints a result
// line for each (a fresh B, with its own run1, for all but the first).
func (s *benchState) processBench(b *B) {
	for i, procs := range s.cpus {
		for j := 0; j < s.count; j++ {
			benchName := benchmarkName(b.name, procs)
			fmt.Printf("%-*s\t", s.maxLen, benchName)
			if i > 0 || j > 0 {
				b = &B{
					name:      b.name,
					parent:    b.parent,
					level:     b.level,
					state:     s,
					benchFunc: b.benchFunc,
					benchTime: b.benchTime,
				}
				b.run1()
			}
			r := b.doBench()
			if b.failed {
				fmt.Printf("--- FAIL: %s\n%s", benchName, string(b.output))
				continue
			}
			results := r.String()
			if s.benchmem || b.showAlloc {
				results += "\t" + r.MemString()
			}
			fmt.Println(results)
			if len(b.output) > 0 {
				b.trimOutput()
				fmt.Printf("--- BENCH: %s\n%s", benchName, string(b.output))
			}
		}
	}
}

// unique returns parent/subname, with a #NN suffix from the second use on.
func (s *benchState) unique(parent, subname string) string {
	base := parent + "/" + subname
	for {
		n := s.subNames[base]
		s.subNames[base] = n + 1
		if n == 0 && subname != "" {
			return base
		}
		name := fmt.Sprintf("%s#%02d", base, n)
		if s.subNames[name] != 0 {
			continue
		}
		return name
	}
}

// rewrite makes a subbenchmark name printable and free of white space.
func rewrite(s string) string {
	b := []byte{}
	for _, r := range s {
		switch {
		case isSpace(r):
			b = append(b, '_')
		case !strconv.IsPrint(r):
			q := strconv.QuoteRune(r)
			b = append(b, q[1:len(q)-1]...)
		default:
			b = append(b, string(r)...)
		}
	}
	return string(b)
}

// isSpace is Go's testing.isSpace (not the Unicode Z class).
func isSpace(r rune) bool {
	if r < 0x2000 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0, 0x1680:
			return true
		}
		return false
	}
	if r <= 0x200a {
		return true
	}
	switch r {
	case 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return false
}

// benchResult is one benchmark's measurement (Go's BenchmarkResult, with T in
// nanoseconds: loopc has no package time).
type benchResult struct {
	N         int    // iterations
	T         int64  // total timed nanoseconds
	Bytes     int64  // bytes processed in one iteration (SetBytes)
	MemAllocs uint64 // total allocations
	MemBytes  uint64 // total bytes allocated
}

// NsPerOp returns the "ns/op" metric.
func (r benchResult) NsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return r.T / int64(r.N)
}

// mbPerSec returns the "MB/s" metric.
func (r benchResult) mbPerSec() float64 {
	if r.Bytes <= 0 || r.T <= 0 || r.N <= 0 {
		return 0
	}
	return (float64(r.Bytes) * float64(r.N) / 1e6) / (float64(r.T) / 1e9)
}

// AllocsPerOp returns the "allocs/op" metric.
func (r benchResult) AllocsPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemAllocs) / int64(r.N)
}

// AllocedBytesPerOp returns the "B/op" metric.
func (r benchResult) AllocedBytesPerOp() int64 {
	if r.N <= 0 {
		return 0
	}
	return int64(r.MemBytes) / int64(r.N)
}

// String formats N, ns/op and MB/s as `go test` does (the benchmark format of
// golang.org/design/14313-benchmark-format).
func (r benchResult) String() string {
	out := fmt.Sprintf("%8d", r.N)
	ns := float64(r.T) / float64(r.N)
	if ns != 0 {
		out += "\t" + prettyPrint(ns, "ns/op")
	}
	if mbs := r.mbPerSec(); mbs != 0 {
		out += fmt.Sprintf("\t%7.2f MB/s", mbs)
	}
	return out
}

// prettyPrint formats x with ten places before the decimal point and small numbers with
// four significant figures, aligning the decimal points of all formats.
func prettyPrint(x float64, unit string) string {
	y := x
	if y < 0 {
		y = -y
	}
	switch {
	case y == 0 || y >= 999.95:
		return fmt.Sprintf("%10.0f %s", x, unit)
	case y >= 99.995:
		return fmt.Sprintf("%12.1f %s", x, unit)
	case y >= 9.9995:
		return fmt.Sprintf("%13.2f %s", x, unit)
	case y >= 0.99995:
		return fmt.Sprintf("%14.3f %s", x, unit)
	case y >= 0.099995:
		return fmt.Sprintf("%15.4f %s", x, unit)
	case y >= 0.0099995:
		return fmt.Sprintf("%16.5f %s", x, unit)
	case y >= 0.00099995:
		return fmt.Sprintf("%17.6f %s", x, unit)
	}
	return fmt.Sprintf("%18.7f %s", x, unit)
}

// MemString returns B/op and allocs/op in the same format as `go test`.
func (r benchResult) MemString() string {
	return fmt.Sprintf("%8d B/op\t%8d allocs/op", r.AllocedBytesPerOp(), r.AllocsPerOp())
}

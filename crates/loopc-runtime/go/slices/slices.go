// Package slices is loopc's implementation of the subset of Go's slices package that loopc
// supports: searching, comparing, editing, compacting, concatenating, repeating and
// sorting slices of any type, and the iterator functions All, Values, Backward, Chunk,
// Collect, AppendSeq and Sorted.
//
// Unstable sorts use the same pattern-defeating quicksort as Go, so equal elements end up
// in the same order as with gc.
package slices

import (
	"cmp"
	"iter"
)

// All returns an iterator over index-value pairs in the slice in the usual order.
func All[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i, v := range s {
			if !yield(i, v) {
				return
			}
		}
	}
}

// Backward returns an iterator over index-value pairs in the slice, traversing it
// backward with descending indices.
func Backward[Slice ~[]E, E any](s Slice) iter.Seq2[int, E] {
	return func(yield func(int, E) bool) {
		for i := len(s) - 1; i >= 0; i-- {
			if !yield(i, s[i]) {
				return
			}
		}
	}
}

// Values returns an iterator that yields the slice elements in order.
func Values[Slice ~[]E, E any](s Slice) iter.Seq[E] {
	return func(yield func(E) bool) {
		for _, v := range s {
			if !yield(v) {
				return
			}
		}
	}
}

// Chunk returns an iterator over consecutive sub-slices of up to n elements of s. All but
// the last sub-slice will have size n. All sub-slices are clipped to have no capacity
// beyond the length. If s is empty, the sequence is empty: there is never an empty slice
// in the sequence. Chunk panics if n is less than 1.
func Chunk[Slice ~[]E, E any](s Slice, n int) iter.Seq[Slice] {
	if n < 1 {
		panic("cannot be less than 1")
	}
	return func(yield func(Slice) bool) {
		for i := 0; i < len(s); i += n {
			end := i + min(n, len(s)-i)
			if !yield(s[i:end:end]) {
				return
			}
		}
	}
}

// AppendSeq appends the values from seq to the slice and returns the extended slice. If
// seq is empty, the result preserves the nilness of s.
func AppendSeq[Slice ~[]E, E any](s Slice, seq iter.Seq[E]) Slice {
	for v := range seq {
		s = append(s, v)
	}
	return s
}

// Collect collects values from seq into a new slice and returns it. If seq is empty, the
// result is nil.
func Collect[E any](seq iter.Seq[E]) []E {
	return AppendSeq([]E(nil), seq)
}

// Sorted collects values from seq into a new slice, sorts the slice, and returns it. If
// seq is empty, the result is nil.
func Sorted[E cmp.Ordered](seq iter.Seq[E]) []E {
	s := Collect(seq)
	Sort(s)
	return s
}

// SortedFunc collects values from seq into a new slice, sorts the slice using the
// comparison function, and returns it. If seq is empty, the result is nil.
func SortedFunc[E any](seq iter.Seq[E], cmp func(E, E) int) []E {
	s := Collect(seq)
	SortFunc(s, cmp)
	return s
}

// Equal reports whether two slices are equal: the same length and all elements equal.
// Empty and nil slices are considered equal. Floating point NaNs are not considered equal.
func Equal[S ~[]E, E comparable](s1, s2 S) bool {
	if len(s1) != len(s2) {
		return false
	}
	for i := range s1 {
		if s1[i] != s2[i] {
			return false
		}
	}
	return true
}

// Index returns the index of the first occurrence of v in s, or -1 if not present.
func Index[S ~[]E, E comparable](s S, v E) int {
	for i := range s {
		if v == s[i] {
			return i
		}
	}
	return -1
}

// IndexFunc returns the first index i satisfying f(s[i]), or -1 if none do.
func IndexFunc[S ~[]E, E any](s S, f func(E) bool) int {
	for i := range s {
		if f(s[i]) {
			return i
		}
	}
	return -1
}

// Contains reports whether v is present in s.
func Contains[S ~[]E, E comparable](s S, v E) bool {
	return Index(s, v) >= 0
}

// ContainsFunc reports whether at least one element e of s satisfies f(e).
func ContainsFunc[S ~[]E, E any](s S, f func(E) bool) bool {
	return IndexFunc(s, f) >= 0
}

// Insert inserts the values v... into s at index i, returning the modified slice. The
// elements at s[i:] are shifted up to make room. Insert panics if i > len(s).
func Insert[S ~[]E, E any](s S, i int, v ...E) S {
	_ = s[i:] // bounds check
	m := len(v)
	if m == 0 {
		return s
	}
	n := len(s)
	if i == n {
		return append(s, v...)
	}
	if n+m > cap(s) {
		// Append rather than make, so that the capacity grows as append grows it.
		s2 := append(s[:i], make(S, n+m-i)...)
		copy(s2[i:], v)
		copy(s2[i+m:], s[i:])
		return s2
	}
	// v may alias s: keep a copy of the values before shifting s[i:] up.
	vals := make(S, m)
	copy(vals, v)
	s = s[:n+m]
	copy(s[i+m:], s[i:n])
	copy(s[i:], vals)
	return s
}

// Delete removes the elements s[i:j] from s, returning the modified slice. Delete panics
// if j > len(s) or s[i:j] is not a valid slice of s. Delete zeroes the elements
// s[len(s)-(j-i):len(s)].
func Delete[S ~[]E, E any](s S, i, j int) S {
	_ = s[i:j:len(s)] // bounds check
	if i == j {
		return s
	}
	oldlen := len(s)
	s = append(s[:i], s[j:]...)
	var zero E
	tail := s[len(s):oldlen]
	for k := range tail {
		tail[k] = zero
	}
	return s
}

// Compact replaces consecutive runs of equal elements with a single copy, like the uniq
// command found on Unix, and returns the modified slice, which may have a smaller length.
// Compact zeroes the elements between the new length and the original length. Each
// element is compared with its original predecessor, so NaNs are never merged.
func Compact[S ~[]E, E comparable](s S) S {
	if len(s) < 2 {
		return s
	}
	w := 1
	prev := s[0]
	for i := 1; i < len(s); i++ {
		v := s[i]
		if v != prev {
			s[w] = v
			w++
		}
		prev = v
	}
	var zero E
	for i := w; i < len(s); i++ {
		s[i] = zero
	}
	return s[:w]
}

// Grow increases the slice's capacity, if necessary, to guarantee space for another n
// elements. After Grow(n), at least n elements can be appended to the slice without
// another allocation. If n is negative or too large to allocate the memory, Grow panics.
func Grow[S ~[]E, E any](s S, n int) S {
	if n < 0 {
		panic("cannot be negative")
	}
	if n -= cap(s) - len(s); n > 0 {
		// Append rather than make, so that the capacity is rounded up as append does.
		s = append(s[:cap(s)], make(S, n)...)[:len(s)]
	}
	return s
}

// Concat returns a new slice concatenating the passed in slices. If the concatenation is
// empty, the result is nil.
func Concat[S ~[]E, E any](slices ...S) S {
	size := 0
	for _, s := range slices {
		size += len(s)
		if size < 0 {
			panic("len out of range")
		}
	}
	out := Grow[S](nil, size)
	for _, s := range slices {
		out = append(out, s...)
	}
	return out
}

// Repeat returns a new slice that repeats the provided slice the given number of times.
// The result has length and capacity (len(x) * count). The result is never nil. Repeat
// panics if count is negative or if the result of (len(x) * count) overflows.
func Repeat[S ~[]E, E any](x S, count int) S {
	if count < 0 {
		panic("cannot be negative")
	}
	const maxInt = int(^uint(0) >> 1)
	if count > 0 && len(x) > maxInt/count {
		panic("the result of (len(x) * count) overflows")
	}
	out := make(S, len(x)*count)
	// Double the filled prefix until the result is full.
	n := copy(out, x)
	for n < len(out) {
		n += copy(out[n:], out[:n])
	}
	return out
}

// Clone returns a copy of the slice. The elements are copied using assignment, so this is
// a shallow clone. The result may have additional unused capacity; a nil s stays nil.
func Clone[S ~[]E, E any](s S) S {
	if s == nil {
		return nil
	}
	return append(S{}, s...)
}

// Reverse reverses the elements of the slice in place.
func Reverse[S ~[]E, E any](s S) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

// Max returns the maximal value in x. It panics if x is empty. For floating-point E, Max
// propagates NaNs (any NaN value in x forces the output to be NaN).
func Max[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Max: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = max(m, x[i])
	}
	return m
}

// Min returns the minimal value in x. It panics if x is empty. For floating-point numbers,
// Min propagates NaNs (any NaN value in x forces the output to be NaN).
func Min[S ~[]E, E cmp.Ordered](x S) E {
	if len(x) < 1 {
		panic("slices.Min: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		m = min(m, x[i])
	}
	return m
}

// MaxFunc returns the maximal value in x, using cmp to compare elements. It panics if x is
// empty. If there is more than one maximal element according to the cmp function, MaxFunc
// returns the first one.
func MaxFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MaxFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) > 0 {
			m = x[i]
		}
	}
	return m
}

// MinFunc returns the minimal value in x, using cmp to compare elements. It panics if x is
// empty. If there is more than one minimal element according to the cmp function, MinFunc
// returns the first one.
func MinFunc[S ~[]E, E any](x S, cmp func(a, b E) int) E {
	if len(x) < 1 {
		panic("slices.MinFunc: empty list")
	}
	m := x[0]
	for i := 1; i < len(x); i++ {
		if cmp(x[i], m) < 0 {
			m = x[i]
		}
	}
	return m
}

// Sort sorts a slice of any ordered type in ascending order. When sorting floating-point
// numbers, NaNs are ordered before other values.
func Sort[S ~[]E, E cmp.Ordered](x S) {
	n := len(x)
	pdqsort(lessSwap{
		func(i, j int) bool { return cmp.Less(x[i], x[j]) },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}, 0, n, bitsLen(uint(n)))
}

// SortFunc sorts the slice x in ascending order as determined by the cmp function. This
// sort is not guaranteed to be stable. cmp(a, b) should return a negative number when
// a < b, a positive number when a > b and zero when a == b or a and b are incomparable in
// the sense of a strict weak ordering.
func SortFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	n := len(x)
	pdqsort(lessSwap{
		func(i, j int) bool { return cmp(x[i], x[j]) < 0 },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}, 0, n, bitsLen(uint(n)))
}

// SortStableFunc sorts the slice x while keeping the original order of equal elements,
// using cmp to compare elements in the same way as SortFunc.
func SortStableFunc[S ~[]E, E any](x S, cmp func(a, b E) int) {
	stable(lessSwap{
		func(i, j int) bool { return cmp(x[i], x[j]) < 0 },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}, len(x))
}

// IsSorted reports whether x is sorted in ascending order.
func IsSorted[S ~[]E, E cmp.Ordered](x S) bool {
	for i := len(x) - 1; i > 0; i-- {
		if cmp.Less(x[i], x[i-1]) {
			return false
		}
	}
	return true
}

// BinarySearch searches for target in a sorted slice and returns the earliest position
// where target is found, or the position where target would appear in the sort order; it
// also returns a bool saying whether the target is really found in the slice.
func BinarySearch[S ~[]E, E cmp.Ordered](x S, target E) (int, bool) {
	n := len(x)
	// Invariant: x[i-1] < target, x[j] >= target.
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // avoid overflow when computing h
		if cmp.Less(x[h], target) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && (x[i] == target || (isNaN(x[i]) && isNaN(target)))
}

// BinarySearchFunc works like BinarySearch, but uses a custom comparison function. The
// slice must be sorted in increasing order, where "increasing" is defined by cmp. cmp
// should return 0 if the slice element matches the target, a negative number if the slice
// element precedes the target, or a positive number if the slice element follows the
// target.
func BinarySearchFunc[S ~[]E, E, T any](x S, target T, cmp func(E, T) int) (int, bool) {
	n := len(x)
	// Invariant: cmp(x[i-1], target) < 0, cmp(x[j], target) >= 0.
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // avoid overflow when computing h
		if cmp(x[h], target) < 0 {
			i = h + 1
		} else {
			j = h
		}
	}
	return i, i < n && cmp(x[i], target) == 0
}

// isNaN reports whether x is a NaN without requiring the math package.
func isNaN[T cmp.Ordered](x T) bool {
	return x != x
}

// ---------------------------------------------------------------------------------------
// Sorting core, shared in behaviour with Go's sort and slices packages: pattern-defeating
// quicksort for unstable sorts and insertion-sorted blocks merged with SymMerge for
// stable ones. Unstable sorts must make exactly Go's sequence of comparisons and swaps,
// because the final order of equal elements is observable. The algorithms work on
// indexes through a lessSwap pair, so one copy serves every element type.

// lessSwap is a pair of Less and Swap functions over indexes of the data being sorted.
type lessSwap struct {
	Less func(i, j int) bool
	Swap func(i, j int)
}

type sortedHint int // hint for pdqsort when choosing the pivot

const (
	unknownHint sortedHint = iota
	increasingHint
	decreasingHint
)

// xorshift is the pseudo-random generator breakPatterns uses (Marsaglia's xorshift).
type xorshift uint64

func (r *xorshift) Next() uint64 {
	*r ^= *r << 13
	*r ^= *r >> 7
	*r ^= *r << 17
	return uint64(*r)
}

// bitsLen returns the minimum number of bits required to represent x (math/bits.Len).
func bitsLen(x uint) int {
	n := 0
	for x != 0 {
		x >>= 1
		n++
	}
	return n
}

func nextPowerOfTwo(length int) uint {
	return uint(1) << uint(bitsLen(uint(length)))
}

// insertionSort sorts data[a:b] using insertion sort.
func insertionSort(data lessSwap, a, b int) {
	for i := a + 1; i < b; i++ {
		for j := i; j > a && data.Less(j, j-1); j-- {
			data.Swap(j, j-1)
		}
	}
}

// siftDown restores the heap property on data[lo:hi]; first is the offset of the heap's
// root in data.
func siftDown(data lessSwap, lo, hi, first int) {
	root := lo
	for {
		child := 2*root + 1
		if child >= hi {
			return
		}
		if child+1 < hi && data.Less(first+child, first+child+1) {
			child++
		}
		if !data.Less(first+root, first+child) {
			return
		}
		data.Swap(first+root, first+child)
		root = child
	}
}

func heapSort(data lessSwap, a, b int) {
	first := a
	lo := 0
	hi := b - a
	// Build a heap with the greatest element at the top.
	for i := (hi - 1) / 2; i >= 0; i-- {
		siftDown(data, i, hi, first)
	}
	// Pop elements, largest first, into the end of data.
	for i := hi - 1; i >= 0; i-- {
		data.Swap(first, first+i)
		siftDown(data, lo, i, first)
	}
}

// pdqsort sorts data[a:b] with pattern-defeating quicksort (without BlockQuicksort's
// optimizations). limit is the number of bad (very unbalanced) pivots allowed before
// falling back to heapsort.
func pdqsort(data lessSwap, a, b, limit int) {
	const maxInsertion = 12
	wasBalanced := true    // whether the last partitioning was reasonably balanced
	wasPartitioned := true // whether the slice was already partitioned
	for {
		length := b - a
		if length <= maxInsertion {
			insertionSort(data, a, b)
			return
		}
		if limit == 0 {
			heapSort(data, a, b)
			return
		}
		if !wasBalanced {
			breakPatterns(data, a, b)
			limit--
		}
		pivot, hint := choosePivot(data, a, b)
		if hint == decreasingHint {
			reverseRange(data, a, b)
			// The pivot was pivot-a elements after the start; now it is as many before
			// the end.
			pivot = (b - 1) - (pivot - a)
			hint = increasingHint
		}
		// The slice is likely already sorted.
		if wasBalanced && wasPartitioned && hint == increasingHint {
			if partialInsertionSort(data, a, b) {
				return
			}
		}
		// Probably many duplicates: put the elements equal to the pivot first.
		if a > 0 && !data.Less(a-1, pivot) {
			a = partitionEqual(data, a, b, pivot)
			continue
		}
		mid, alreadyPartitioned := partition(data, a, b, pivot)
		wasPartitioned = alreadyPartitioned
		leftLen, rightLen := mid-a, b-mid
		balanceThreshold := length / 8
		if leftLen < rightLen {
			wasBalanced = leftLen >= balanceThreshold
			pdqsort(data, a, mid, limit)
			a = mid + 1
		} else {
			wasBalanced = rightLen >= balanceThreshold
			pdqsort(data, mid+1, b, limit)
			b = mid
		}
	}
}

// partition does one quicksort partition around p = data[pivot]: afterwards
// data[i] < p for i < newpivot, data[j] >= p for j > newpivot, and data[newpivot] = p.
func partition(data lessSwap, a, b, pivot int) (newpivot int, alreadyPartitioned bool) {
	data.Swap(a, pivot)
	i, j := a+1, b-1 // inclusive bounds of the elements still to partition
	for i <= j && data.Less(i, a) {
		i++
	}
	for i <= j && !data.Less(j, a) {
		j--
	}
	if i > j {
		data.Swap(j, a)
		return j, true
	}
	data.Swap(i, j)
	i++
	j--
	for {
		for i <= j && data.Less(i, a) {
			i++
		}
		for i <= j && !data.Less(j, a) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	data.Swap(j, a)
	return j, false
}

// partitionEqual partitions data[a:b], which holds no element smaller than
// data[pivot], into the elements equal to data[pivot] followed by the greater ones.
func partitionEqual(data lessSwap, a, b, pivot int) (newpivot int) {
	data.Swap(a, pivot)
	i, j := a+1, b-1
	for {
		for i <= j && !data.Less(a, i) {
			i++
		}
		for i <= j && data.Less(a, j) {
			j--
		}
		if i > j {
			break
		}
		data.Swap(i, j)
		i++
		j--
	}
	return i
}

// partialInsertionSort partially sorts data[a:b] and reports whether it ended sorted.
func partialInsertionSort(data lessSwap, a, b int) bool {
	const (
		maxSteps         = 5  // adjacent out-of-order pairs that will be shifted
		shortestShifting = 50 // don't shift any elements on short arrays
	)
	i := a + 1
	for j := 0; j < maxSteps; j++ {
		for i < b && !data.Less(i, i-1) {
			i++
		}
		if i == b {
			return true
		}
		if b-a < shortestShifting {
			return false
		}
		data.Swap(i, i-1)
		// Shift the smaller one to the left.
		if i-a >= 2 {
			for j := i - 1; j >= 1; j-- {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
		// Shift the greater one to the right.
		if b-i >= 2 {
			for j := i + 1; j < b; j++ {
				if !data.Less(j, j-1) {
					break
				}
				data.Swap(j, j-1)
			}
		}
	}
	return false
}

// breakPatterns scatters some elements around to break patterns that might cause
// imbalanced partitions.
func breakPatterns(data lessSwap, a, b int) {
	length := b - a
	if length >= 8 {
		random := xorshift(length)
		modulus := nextPowerOfTwo(length)
		for idx := a + (length/4)*2 - 1; idx <= a+(length/4)*2+1; idx++ {
			other := int(uint(random.Next()) & (modulus - 1))
			if other >= length {
				other -= length
			}
			data.Swap(idx, a+other)
		}
	}
}

// choosePivot chooses a pivot in data[a:b]: a fixed one below 8 elements, the median of
// three below 50, Tukey's ninther above.
func choosePivot(data lessSwap, a, b int) (pivot int, hint sortedHint) {
	const (
		shortestNinther = 50
		maxSwaps        = 4 * 3
	)
	l := b - a
	swaps := 0
	i := a + l/4*1
	j := a + l/4*2
	k := a + l/4*3
	if l >= 8 {
		if l >= shortestNinther {
			i = medianAdjacent(data, i, &swaps)
			j = medianAdjacent(data, j, &swaps)
			k = medianAdjacent(data, k, &swaps)
		}
		j = median(data, i, j, k, &swaps)
	}
	switch swaps {
	case 0:
		return j, increasingHint
	case maxSwaps:
		return j, decreasingHint
	}
	return j, unknownHint
}

// order2 returns x, y with data[x] <= data[y], where x, y is a, b or b, a.
func order2(data lessSwap, a, b int, swaps *int) (int, int) {
	if data.Less(b, a) {
		*swaps++
		return b, a
	}
	return a, b
}

// median returns the index of the median of data[a], data[b], data[c].
func median(data lessSwap, a, b, c int, swaps *int) int {
	a, b = order2(data, a, b, swaps)
	b, c = order2(data, b, c, swaps)
	a, b = order2(data, a, b, swaps)
	return b
}

// medianAdjacent returns the index of the median of data[a-1], data[a], data[a+1].
func medianAdjacent(data lessSwap, a int, swaps *int) int {
	return median(data, a-1, a, a+1, swaps)
}

func reverseRange(data lessSwap, a, b int) {
	for i, j := a, b-1; i < j; i, j = i+1, j-1 {
		data.Swap(i, j)
	}
}

// stable sorts data[0:n] stably: insertion-sorted blocks of 20, then merges of doubling
// size with symMerge, which needs no extra memory.
func stable(data lessSwap, n int) {
	blockSize := 20
	a, b := 0, blockSize
	for b <= n {
		insertionSort(data, a, b)
		a = b
		b += blockSize
	}
	insertionSort(data, a, n)
	for blockSize < n {
		a, b = 0, 2*blockSize
		for b <= n {
			symMerge(data, a, a+blockSize, b)
			a = b
			b += 2 * blockSize
		}
		if m := a + blockSize; m < n {
			symMerge(data, a, m, n)
		}
		blockSize *= 2
	}
}

// symMerge merges the sorted runs data[a:m] and data[m:b] in place, stably, with the
// SymMerge algorithm of Kim and Kutzner.
func symMerge(data lessSwap, a, m, b int) {
	// A single element on either side is inserted by binary search.
	if m-a == 1 {
		i, j := m, b
		for i < j {
			h := int(uint(i+j) >> 1)
			if data.Less(h, a) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := a; k < i-1; k++ {
			data.Swap(k, k+1)
		}
		return
	}
	if b-m == 1 {
		i, j := a, m
		for i < j {
			h := int(uint(i+j) >> 1)
			if !data.Less(m, h) {
				i = h + 1
			} else {
				j = h
			}
		}
		for k := m; k > i; k-- {
			data.Swap(k, k-1)
		}
		return
	}
	mid := int(uint(a+b) >> 1)
	n := mid + m
	var start, r int
	if m > mid {
		start = n - b
		r = mid
	} else {
		start = a
		r = m
	}
	p := n - 1
	for start < r {
		c := int(uint(start+r) >> 1)
		if !data.Less(p-c, c) {
			start = c + 1
		} else {
			r = c
		}
	}
	end := n - start
	if start < m && m < end {
		rotate(data, start, m, end)
	}
	if a < start && start < mid {
		symMerge(data, a, start, mid)
	}
	if mid < end && end < b {
		symMerge(data, mid, end, b)
	}
}

// rotate swaps the consecutive blocks data[a:m] and data[m:b] using block swaps.
func rotate(data lessSwap, a, m, b int) {
	i := m - a
	j := b - m
	for i != j {
		if i > j {
			swapRange(data, m-i, m, j)
			i -= j
		} else {
			swapRange(data, m-i, m+j-i, i)
			j -= i
		}
	}
	swapRange(data, m-i, m, i)
}

func swapRange(data lessSwap, a, b, n int) {
	for i := 0; i < n; i++ {
		data.Swap(a+i, b+i)
	}
}

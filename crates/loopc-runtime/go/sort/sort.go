// Package sort is loopc's implementation of the subset of Go's sort package that loopc
// supports: sorting of slices and of user-defined collections (Interface), and binary
// search.
//
// Unstable sorts use the same pattern-defeating quicksort as Go, so equal elements end up
// in the same order as with gc. Slice and SliceStable need to swap the elements of a slice
// of any type; the runtime provides that swapper.
package sort

import "runtime"

// An implementation of Interface can be sorted by the routines in this package. The
// methods refer to elements of the underlying collection by integer index.
type Interface interface {
	// Len is the number of elements in the collection.
	Len() int
	// Less reports whether the element with index i must sort before the element with
	// index j.
	Less(i, j int) bool
	// Swap swaps the elements with indexes i and j.
	Swap(i, j int)
}

// Sort sorts data in ascending order as determined by the Less method. It makes one call
// to data.Len to determine n and O(n*log(n)) calls to data.Less and data.Swap. The sort
// is not guaranteed to be stable.
func Sort(data Interface) {
	n := data.Len()
	if n <= 1 {
		return
	}
	pdqsort(lessSwap{data.Less, data.Swap}, 0, n, bitsLen(uint(n)))
}

// Stable sorts data in ascending order as determined by the Less method, while keeping
// the original order of equal elements.
func Stable(data Interface) {
	stable(lessSwap{data.Less, data.Swap}, data.Len())
}

// IsSorted reports whether data is sorted.
func IsSorted(data Interface) bool {
	n := data.Len()
	for i := n - 1; i > 0; i-- {
		if data.Less(i, i-1) {
			return false
		}
	}
	return true
}

type reverse struct {
	// This embedded Interface permits Reverse to use the methods of another Interface
	// implementation.
	Interface
}

// Less returns the opposite of the embedded implementation's Less method.
func (r reverse) Less(i, j int) bool {
	return r.Interface.Less(j, i)
}

// Reverse returns the reverse order for data.
func Reverse(data Interface) Interface {
	return &reverse{data}
}

// Slice sorts the slice x given the provided less function. It panics if x is not a
// slice. The sort is not guaranteed to be stable.
func Slice(x any, less func(i, j int) bool) {
	swap := swapper(x)
	length := sliceLen(x)
	pdqsort(lessSwap{less, swap}, 0, length, bitsLen(uint(length)))
}

// SliceStable sorts the slice x using the provided less function, keeping equal elements
// in their original order. It panics if x is not a slice.
func SliceStable(x any, less func(i, j int) bool) {
	swap := swapper(x)
	stable(lessSwap{less, swap}, sliceLen(x))
}

// SliceIsSorted reports whether the slice x is sorted according to the provided less
// function. It panics if x is not a slice.
func SliceIsSorted(x any, less func(i, j int) bool) bool {
	n := sliceLen(x)
	for i := n - 1; i > 0; i-- {
		if less(i, i-1) {
			return false
		}
	}
	return true
}

// swapper returns a function that swaps the elements in the slice x (reflect.Swapper); it
// panics if x is not a slice.
func swapper(x any) func(i, j int) {
	return runtime.Swapper(x)
}

// sliceLen returns the length of the slice x (reflect's Value.Len: it panics if x is not
// a slice, array, map or string).
func sliceLen(x any) int {
	return runtime.ValueOf(x).Len()
}

// Ints sorts a slice of ints in increasing order.
func Ints(x []int) {
	n := len(x)
	pdqsort(lessSwap{
		func(i, j int) bool { return x[i] < x[j] },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}, 0, n, bitsLen(uint(n)))
}

// Strings sorts a slice of strings in increasing order.
func Strings(x []string) {
	n := len(x)
	pdqsort(lessSwap{
		func(i, j int) bool { return x[i] < x[j] },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}, 0, n, bitsLen(uint(n)))
}

// Float64s sorts a slice of float64s in increasing order. Not-a-number (NaN) values are
// ordered before other values.
func Float64s(x []float64) {
	n := len(x)
	pdqsort(lessSwap{
		func(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) },
		func(i, j int) { x[i], x[j] = x[j], x[i] },
	}, 0, n, bitsLen(uint(n)))
}

// IntsAreSorted reports whether the slice x is sorted in increasing order.
func IntsAreSorted(x []int) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// StringsAreSorted reports whether the slice x is sorted in increasing order.
func StringsAreSorted(x []string) bool {
	for i := len(x) - 1; i > 0; i-- {
		if x[i] < x[i-1] {
			return false
		}
	}
	return true
}

// Search uses binary search to find and return the smallest index i in [0, n) at which
// f(i) is true, assuming that on the range [0, n), f(i) == true implies f(i+1) == true.
// If there is no such index, Search returns n.
func Search(n int, f func(int) bool) int {
	// Invariant: f(i-1) == false, f(j) == true.
	i, j := 0, n
	for i < j {
		h := int(uint(i+j) >> 1) // avoid overflow when computing h
		if !f(h) {
			i = h + 1
		} else {
			j = h
		}
	}
	return i
}

// SearchInts searches for x in a sorted slice of ints and returns the index as specified
// by Search. The return value is the index to insert x if x is not present.
func SearchInts(a []int, x int) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchStrings searches for x in a sorted slice of strings and returns the index as
// specified by Search.
func SearchStrings(a []string, x string) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// SearchFloat64s searches for x in a sorted slice of float64s and returns the index as
// specified by Search. The return value is the index to insert x if x is not present (it
// could be len(a)). The slice must be sorted in ascending order.
func SearchFloat64s(a []float64, x float64) int {
	return Search(len(a), func(i int) bool { return a[i] >= x })
}

// Float64sAreSorted reports whether the slice x is sorted in increasing order, with
// not-a-number (NaN) values before any other values.
func Float64sAreSorted(x []float64) bool {
	return IsSorted(Float64Slice(x))
}

// IntSlice attaches the methods of Interface to []int, sorting in increasing order.
type IntSlice []int

func (x IntSlice) Len() int           { return len(x) }
func (x IntSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x IntSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x IntSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchInts to the receiver and x.
func (p IntSlice) Search(x int) int { return SearchInts(p, x) }

// Float64Slice implements Interface for a []float64, sorting in increasing order, with
// not-a-number (NaN) values ordered before other values.
type Float64Slice []float64

func (x Float64Slice) Len() int { return len(x) }

// Less reports whether x[i] should be ordered before x[j], as required by the sort
// Interface. Note that floating-point comparison by itself is not a transitive relation:
// it does not report a consistent ordering for not-a-number (NaN) values. This
// implementation of Less places NaN values before any others.
func (x Float64Slice) Less(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }
func (x Float64Slice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x Float64Slice) Sort() { Sort(x) }

// Search returns the result of applying SearchFloat64s to the receiver and x.
func (p Float64Slice) Search(x float64) int { return SearchFloat64s(p, x) }

// StringSlice attaches the methods of Interface to []string, sorting in increasing order.
type StringSlice []string

func (x StringSlice) Len() int           { return len(x) }
func (x StringSlice) Less(i, j int) bool { return x[i] < x[j] }
func (x StringSlice) Swap(i, j int)      { x[i], x[j] = x[j], x[i] }

// Sort is a convenience method: x.Sort() calls Sort(x).
func (x StringSlice) Sort() { Sort(x) }

// Search returns the result of applying SearchStrings to the receiver and x.
func (p StringSlice) Search(x string) int { return SearchStrings(p, x) }

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

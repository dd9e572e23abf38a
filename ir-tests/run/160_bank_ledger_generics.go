package main

import (
	"cmp"
	"errors"
	"fmt"
	"slices"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

type Entry[K cmp.Ordered] struct {
	Account K
	Amount  Cents
	Memo    string
}

type Ledger[K cmp.Ordered] struct {
	entries []Entry[K]
}

var ErrUnbalanced = errors.New("transaction does not balance")

func (l *Ledger[K]) Post(es ...Entry[K]) error {
	var sum Cents
	for _, e := range es {
		sum += e.Amount
	}
	if sum != 0 {
		return fmt.Errorf("%w: off by %v", ErrUnbalanced, sum)
	}
	l.entries = append(l.entries, es...)
	return nil
}

func (l *Ledger[K]) Balances() ([]K, map[K]Cents) {
	bal := map[K]Cents{}
	for _, e := range l.entries {
		bal[e.Account] += e.Amount
	}
	keys := make([]K, 0, len(bal))
	for k := range bal {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return keys, bal
}

func main() {
	var l Ledger[string]
	txs := [][]Entry[string]{
		{{"cash", -5000, "buy supplies"}, {"supplies", 5000, ""}},
		{{"cash", 120000, "invoice 1"}, {"revenue", -120000, ""}},
		{{"cash", -999, "oops"}, {"fees", 990, ""}},
		{{"rent", 80000, "march"}, {"cash", -80000, ""}},
	}
	for i, tx := range txs {
		if err := l.Post(tx...); err != nil {
			fmt.Printf("tx %d rejected: %v (unbalanced=%v)\n", i, err, errors.Is(err, ErrUnbalanced))
		}
	}
	keys, bal := l.Balances()
	var total Cents
	for _, k := range keys {
		fmt.Printf("%-10s %12v\n", k, bal[k])
		total += bal[k]
	}
	fmt.Println("total", total, len(l.entries))
	var byID Ledger[int]
	byID.Post(Entry[int]{2, 1, ""}, Entry[int]{1, -1, ""})
	fmt.Println(byID.Balances())
}

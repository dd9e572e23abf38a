package main

import (
	"errors"
	"fmt"
	"sort"
)

var ErrInsufficient = errors.New("insufficient funds")
var ErrNoAccount = errors.New("no such account")

type Account struct {
	ID      string
	Balance int64
	History []string
}

type Bank struct {
	accounts map[string]*Account
}

func NewBank() *Bank { return &Bank{accounts: map[string]*Account{}} }

func (b *Bank) Open(id string, initial int64) *Account {
	a := &Account{ID: id, Balance: initial}
	a.History = append(a.History, fmt.Sprintf("open %d", initial))
	b.accounts[id] = a
	return a
}

func (b *Bank) get(id string) (*Account, error) {
	a, ok := b.accounts[id]
	if !ok {
		return nil, fmt.Errorf("account %q: %w", id, ErrNoAccount)
	}
	return a, nil
}

func (b *Bank) Transfer(from, to string, amt int64) error {
	src, err := b.get(from)
	if err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	dst, err := b.get(to)
	if err != nil {
		return fmt.Errorf("transfer: %w", err)
	}
	if src.Balance < amt {
		return fmt.Errorf("transfer %d from %s (balance %d): %w", amt, from, src.Balance, ErrInsufficient)
	}
	src.Balance -= amt
	dst.Balance += amt
	src.History = append(src.History, fmt.Sprintf("-%d to %s", amt, to))
	dst.History = append(dst.History, fmt.Sprintf("+%d from %s", amt, from))
	return nil
}

func main() {
	bank := NewBank()
	bank.Open("alice", 100)
	bank.Open("bob", 50)
	bank.Open("carol", 0)
	ops := []struct {
		from, to string
		amt      int64
	}{{"alice", "bob", 30}, {"bob", "carol", 80}, {"bob", "carol", 80}, {"dave", "alice", 1}, {"carol", "alice", 40}, {"alice", "zed", 5}}
	for _, op := range ops {
		err := bank.Transfer(op.from, op.to, op.amt)
		switch {
		case err == nil:
			fmt.Println("ok:", op.from, "->", op.to, op.amt)
		case errors.Is(err, ErrInsufficient):
			fmt.Println("declined:", err)
		case errors.Is(err, ErrNoAccount):
			fmt.Println("unknown:", err)
		}
	}
	ids := make([]string, 0)
	for id := range bank.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		a := bank.accounts[id]
		fmt.Printf("%-6s %4d %q\n", a.ID, a.Balance, a.History)
	}
}

package main

import (
	"fmt"
	"sort"
	"strings"
)

type Event struct {
	Topic   string
	Payload any
}

type Handler func(Event) error

type Bus struct {
	subs    map[string][]Handler
	log     []string
	nextID  int
	dropped int
}

func NewBus() *Bus { return &Bus{subs: map[string][]Handler{}} }

func (b *Bus) Subscribe(topic string, h Handler) int {
	b.subs[topic] = append(b.subs[topic], h)
	b.nextID++
	return b.nextID
}

func (b *Bus) Publish(e Event) (delivered int) {
	hs, ok := b.subs[e.Topic]
	if !ok {
		b.dropped++
		return 0
	}
	for i, h := range hs {
		func() {
			defer func() {
				if r := recover(); r != nil {
					b.log = append(b.log, fmt.Sprintf("handler %d on %s panicked: %v", i, e.Topic, r))
				}
			}()
			if err := h(e); err != nil {
				b.log = append(b.log, fmt.Sprintf("handler %d on %s: %v", i, e.Topic, err))
				return
			}
			delivered++
		}()
	}
	return
}

func main() {
	bus := NewBus()
	counts := map[string]int{}
	bus.Subscribe("user.created", func(e Event) error {
		counts["created"]++
		fmt.Println("welcome", e.Payload)
		return nil
	})
	bus.Subscribe("user.created", func(e Event) error {
		name, ok := e.Payload.(string)
		if !ok {
			return fmt.Errorf("bad payload %T", e.Payload)
		}
		if strings.TrimSpace(name) == "" {
			panic("empty name")
		}
		counts["audited"]++
		return nil
	})
	bus.Subscribe("order", func(e Event) error {
		items := e.Payload.([]string)
		counts["items"] += len(items)
		return nil
	})
	events := []Event{{"user.created", "ann"}, {"user.created", 42}, {"order", []string{"a", "b"}},
		{"user.created", " "}, {"unknown", nil}, {"order", 3}, {"order", []string{"c"}}}
	for _, e := range events {
		n := bus.Publish(e)
		fmt.Printf("%-12s %-10v delivered=%d\n", e.Topic, e.Payload, n)
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k])
	}
	fmt.Println("dropped", bus.dropped)
	for _, l := range bus.log {
		fmt.Println("log:", l)
	}
}

package main

import (
	"fmt"
	"strings"
)

type Base struct {
	ID   int
	tags []string
}

func (b *Base) Tag(t string)    { b.tags = append(b.tags, t) }
func (b Base) Describe() string { return fmt.Sprintf("base#%d%v", b.ID, b.tags) }
func (b Base) Kind() string     { return "base" }
func (b *Base) Tags() string    { return strings.Join(b.tags, "+") }

type Timestamps struct {
	Created, Updated int
}

func (t *Timestamps) Touch(now int)  { t.Updated = now }
func (t Timestamps) Age(now int) int { return now - t.Created }

type Document struct {
	*Base
	Timestamps
	Title string
}

func (d Document) Kind() string { return "document:" + d.Base.Kind() }

type Kinder interface{ Kind() string }
type Describer interface {
	Kinder
	Describe() string
}

type Named interface{ Name() string }

type Plugin struct {
	Named
	enabled bool
}

type simpleName string

func (s simpleName) Name() string { return string(s) }

func main() {
	d := Document{Base: &Base{ID: 7}, Timestamps: Timestamps{Created: 100}, Title: "Report"}
	d.Tag("draft")
	d.Tag("q3")
	d.Touch(150)
	fmt.Println(d.Describe(), d.Kind(), d.Tags())
	fmt.Println(d.Age(200), d.Updated, d.ID)
	var k Kinder = d
	fmt.Println(k.Kind())
	var ds Describer = &d
	fmt.Println(ds.Kind(), ds.Describe())
	copyD := d
	copyD.Tag("copy-shares-base")
	copyD.Touch(999)
	fmt.Println(d.Tags(), d.Updated, copyD.Updated)
	p := Plugin{Named: simpleName("gzip"), enabled: true}
	fmt.Println(p.Name(), p.enabled)
	var n Named = p
	fmt.Println(n.Name())
	defer func() { fmt.Println("recovered:", recover()) }()
	var empty Plugin
	fmt.Println(empty.Name())
}

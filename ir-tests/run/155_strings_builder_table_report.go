package main

import (
	"fmt"
	"strings"
)

type Column struct {
	Title string
	Right bool
}

type Table struct {
	cols []Column
	rows [][]string
}

func (t *Table) AddRow(vals ...any) {
	row := make([]string, len(vals))
	for i, v := range vals {
		switch x := v.(type) {
		case float64:
			row[i] = fmt.Sprintf("%.2f", x)
		case bool:
			if x {
				row[i] = "yes"
			} else {
				row[i] = "no"
			}
		case nil:
			row[i] = "-"
		default:
			row[i] = fmt.Sprint(x)
		}
	}
	t.rows = append(t.rows, row)
}

func (t *Table) Render() string {
	w := make([]int, len(t.cols))
	for i, c := range t.cols {
		w[i] = len(c.Title)
	}
	for _, r := range t.rows {
		for i, cell := range r {
			w[i] = max(w[i], len([]rune(cell)))
		}
	}
	var b strings.Builder
	line := func(cells []string) {
		for i, c := range cells {
			pad := w[i] - len([]rune(c))
			if t.cols[i].Right {
				b.WriteString(strings.Repeat(" ", pad) + c)
			} else {
				b.WriteString(c + strings.Repeat(" ", pad))
			}
			if i < len(cells)-1 {
				b.WriteString(" │ ")
			}
		}
		b.WriteString("\n")
	}
	titles := make([]string, len(t.cols))
	for i, c := range t.cols {
		titles[i] = c.Title
	}
	line(titles)
	for i := range w {
		b.WriteString(strings.Repeat("─", w[i]))
		if i < len(w)-1 {
			b.WriteString("─┼─")
		}
	}
	b.WriteString("\n")
	for _, r := range t.rows {
		line(r)
	}
	return b.String()
}

func main() {
	t := &Table{cols: []Column{{"City", false}, {"Pop (M)", true}, {"Capital", false}, {"Rank", true}}}
	t.AddRow("Tokyo", 37.4, true, 1)
	t.AddRow("São Paulo", 22.04, false, 4)
	t.AddRow("Zürich", 0.42, false, nil)
	t.AddRow("Delhi", 31.0, true, 2)
	fmt.Print(t.Render())
}

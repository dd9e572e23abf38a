package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Record struct {
	Name  string
	Age   int
	Score float64
	Tags  []string
}

var ErrColumns = errors.New("wrong number of columns")

func parseLine(line string) ([]string, error) {
	var fields []string
	var cur strings.Builder
	inQuotes := false
	for i := 0; i < len(line); i++ {
		c := line[i]
		switch {
		case inQuotes && c == '"' && i+1 < len(line) && line[i+1] == '"':
			cur.WriteByte('"')
			i++
		case c == '"':
			inQuotes = !inQuotes
		case c == ',' && !inQuotes:
			fields = append(fields, cur.String())
			cur.Reset()
		default:
			cur.WriteByte(c)
		}
	}
	if inQuotes {
		return nil, errors.New("unterminated quote")
	}
	return append(fields, cur.String()), nil
}

func parseRecord(n int, line string) (Record, error) {
	f, err := parseLine(line)
	if err != nil {
		return Record{}, fmt.Errorf("line %d: %w", n, err)
	}
	if len(f) != 4 {
		return Record{}, fmt.Errorf("line %d: %w (got %d)", n, ErrColumns, len(f))
	}
	age, err := strconv.Atoi(strings.TrimSpace(f[1]))
	if err != nil {
		return Record{}, fmt.Errorf("line %d: age: %w", n, err)
	}
	score, err := strconv.ParseFloat(strings.TrimSpace(f[2]), 64)
	if err != nil {
		return Record{}, fmt.Errorf("line %d: score: %w", n, err)
	}
	var tags []string
	if f[3] != "" {
		tags = strings.Split(f[3], ";")
	}
	return Record{f[0], age, score, tags}, nil
}

const data = `name,age,score,tags
Alice,30,91.5,admin;dev
"Bob ""The Builder""",45, 78.25,
"Smith, Jane",28,88,dev
Carl,abc,50,x
Dana,33
Eve,22,1e2,"a;b;c"
"Unclosed,1,2,3`

func main() {
	lines := strings.Split(data, "\n")
	var recs []Record
	for i, l := range lines[1:] {
		r, err := parseRecord(i+2, l)
		if err != nil {
			fmt.Println("error:", err, "| columns:", errors.Is(err, ErrColumns))
			continue
		}
		recs = append(recs, r)
	}
	total := 0.0
	for _, r := range recs {
		fmt.Printf("%-22q %3d %7.2f %d %q\n", r.Name, r.Age, r.Score, len(r.Tags), r.Tags)
		total += r.Score
	}
	fmt.Printf("avg score %.3f over %d records\n", total/float64(len(recs)), len(recs))
}

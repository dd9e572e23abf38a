package main

import "fmt"

type Celsius float64
type Fahrenheit float64
type Kelvin float64

func (c Celsius) ToF() Fahrenheit { return Fahrenheit(c*9/5 + 32) }
func (c Celsius) ToK() Kelvin     { return Kelvin(c + 273.15) }
func (f Fahrenheit) ToC() Celsius { return Celsius((f - 32) * 5 / 9) }

func (c Celsius) String() string    { return fmt.Sprintf("%.1f°C", float64(c)) }
func (f Fahrenheit) String() string { return fmt.Sprintf("%.1f°F", float64(f)) }
func (k Kelvin) String() string     { return fmt.Sprintf("%.2fK", float64(k)) }

type Reading struct {
	City string
	Temp Celsius
}

func main() {
	for c := Celsius(-40); c <= 100; c += 20 {
		fmt.Printf("%8v %8v %9v\n", c, c.ToF(), c.ToK())
	}
	readings := []Reading{{"Oslo", -3.5}, {"Cairo", 35.2}, {"Lima", 18}, {"Perth", 27.75}}
	var hottest Reading
	sum := Celsius(0)
	for i, r := range readings {
		if i == 0 || r.Temp > hottest.Temp {
			hottest = r
		}
		sum += r.Temp
	}
	fmt.Println("hottest:", hottest, "avg:", sum/Celsius(len(readings)))
	fmt.Printf("%v %+v %s\n", readings[0], readings[1], readings[2].Temp)
	fmt.Println(Fahrenheit(98.6).ToC(), Fahrenheit(-40).ToC() == -40)
	fmt.Printf("%.3f %v\n", float64(Fahrenheit(0).ToC()), []Celsius{0, 37})
}

./culprit_pair.go:10:6: loop variable a now per-iteration [bisect-match 0xa83297786a0821ea]
loopvarhash triggered ./culprit_pair.go:10:6: loop variable a now per-iteration 000010000010000111101010
./culprit_pair.go:15:6: loop variable i now per-iteration [bisect-match 0xb30e8e6888432a2f]
loopvarhash triggered ./culprit_pair.go:15:6: loop variable i now per-iteration 010000110010101000101111
./culprit_pair.go:21:9: loop variable w now per-iteration [bisect-match 0xe7f62f42520566da]
loopvarhash triggered ./culprit_pair.go:21:9: loop variable w now per-iteration 000001010110011011011010
./culprit_pair.go:26:6: loop variable j now per-iteration [bisect-match 0x9813f3f99b59a5fa]
loopvarhash triggered ./culprit_pair.go:26:6: loop variable j now per-iteration 010110011010010111111010
./culprit_pair.go:32:6: loop variable c now per-iteration [bisect-match 0x72903fa169295fc0]
loopvarhash triggered ./culprit_pair.go:32:6: loop variable c now per-iteration 001010010101111111000000
./culprit_pair.go:36:9: loop variable y now per-iteration [bisect-match 0x07499208c0da56ab]
loopvarhash triggered ./culprit_pair.go:36:9: loop variable y now per-iteration 110110100101011010101011

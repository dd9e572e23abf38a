./one_culprit.go:21:6: loop variable j now per-iteration [bisect-match 0x7272fda829b6b81f]
loopvarhash triggered ./one_culprit.go:21:6: loop variable j now per-iteration 101101101011100000011111
./one_culprit.go:26:6: loop variable i now per-iteration [bisect-match 0x11b767e36d3ff5d0]
loopvarhash triggered ./one_culprit.go:26:6: loop variable i now per-iteration 001111111111010111010000
./one_culprit.go:30:9: loop variable w now per-iteration [bisect-match 0xa670ba4ac4f0ecbb]
loopvarhash triggered ./one_culprit.go:30:9: loop variable w now per-iteration 111100001110110010111011
./one_culprit.go:33:6: loop variable k now per-iteration [bisect-match 0xa67679014fe24c2b]
loopvarhash triggered ./one_culprit.go:33:6: loop variable k now per-iteration 111000100100110000101011
./one_culprit.go:38:9: loop variable pt now per-iteration [bisect-match 0x1e96547bdff690c3]
loopvarhash triggered ./one_culprit.go:38:9: loop variable pt now per-iteration 111101101001000011000011
./one_culprit.go:49:6: loop variable c now per-iteration [bisect-match 0x9657d5828133d03b]
loopvarhash triggered ./one_culprit.go:49:6: loop variable c now per-iteration 001100111101000000111011
./one_culprit.go:57:9: loop variable z now per-iteration [bisect-match 0x353826934af4a95c]
loopvarhash triggered ./one_culprit.go:57:9: loop variable z now per-iteration 111101001010100101011100

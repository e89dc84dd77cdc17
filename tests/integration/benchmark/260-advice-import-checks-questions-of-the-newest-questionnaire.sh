# cimolt-admin advice import checks the questions its answer rules name
# against the newest questionnaire (the latest year's): with a
# questionnaire of 2063 that renames s-beleid-2 to s-beleid-doel, a rule
# on s-beleid-doel imports and one on s-beleid-2 is refused (the older
# years' questionnaires still have s-beleid-2; the demo imports 2026
# before 2025).
V=9117
bench_forget 2063
on_exit "bench_forget 2063"
out=$(admin_cli questionnaire import "$(qn_copy 2063 1 's/"s-beleid-2"/"s-beleid-doel"/')" 2>&1) ||
	fail "cannot import a 2063 questionnaire: $out"
advice_forget $V
on_exit "advice_forget $V"
advice_file $V "$TEST_TMP/old.xml" "oud basis question=s-beleid-2 answer=nee"
out=$(admin_cli advice import "$TEST_TMP/old.xml" 2>&1) && fail "a rule on s-beleid-2, gone from 2063, was imported: $out"
grep -q "^$TEST_TMP/old.xml:4: " <<<"$out" || fail "no line $TEST_TMP/old.xml:4: ... in: $out"
advice_file $V "$TEST_TMP/new.xml" "nieuw basis question=s-beleid-doel answer=nee"
out=$(admin_cli advice import "$TEST_TMP/new.xml" 2>&1) || fail "a rule on s-beleid-doel of 2063 was refused: $out"
assert_eq "$out" "advice version $V imported: 1 rules" "the output"
